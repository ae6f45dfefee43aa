-- One meaning of "voted", kept in the database so that every query asks the same question: the
-- facilitator's progress, the presenter view, the reveal's anonymity rule, the results, the
-- reminder and "everyone has voted" mails.
--
-- A ballot in a round is
--   'not-started' until its holder saves an answer in this round. A round after the first starts
--                 from a copy of the previous round's answers, which keep their old times: they
--                 are a starting point, not a vote, until confirmed (saving them unchanged
--                 stamps them) or changed;
--   'voted'       once it was touched in this round and every criterion has an answer ("not
--                 sure" included);
--   'in-progress' in between.
-- Results count the ballots that are 'voted' when the round is revealed, nothing else.
--
-- round_ballots gives every participant of the round's workshop (removed ones too: callers
-- decide whom they count) with their ballot's status. It is one SELECT in SQL, so the planner
-- inlines it into the calling query and reads the round's votes once for everybody, rather
-- than once per person: 300 people cost one grouped scan, not 300 lookups.
CREATE FUNCTION "round_ballots"("the_round" UUID)
RETURNS TABLE ("participant_id" UUID, "status" TEXT)
LANGUAGE sql STABLE AS $$
  SELECT p.id, CASE
      WHEN NOT coalesce(bool_or(v.updated_at >= r.opened_at), false) THEN 'not-started'
      WHEN count(v.criterion_id) = jsonb_array_length(w.framework -> 'criteria') THEN 'voted'
      ELSE 'in-progress'
    END
  FROM rounds r
  JOIN workshops w ON w.id = r.workshop_id
  JOIN participants p ON p.workshop_id = r.workshop_id
  LEFT JOIN votes v ON v.round_id = r.id AND v.participant_id = p.id
  WHERE r.id = the_round
  GROUP BY p.id, r.id, w.id
$$;

-- One ballot's status, for the places that ask about one person (their own ballot page).
CREATE FUNCTION "ballot_status"("the_round" UUID, "the_participant" UUID) RETURNS TEXT
LANGUAGE sql STABLE AS $$
  SELECT b.status FROM round_ballots(the_round) b WHERE b.participant_id = the_participant
$$;

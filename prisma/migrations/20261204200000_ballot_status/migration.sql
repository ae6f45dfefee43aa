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
CREATE FUNCTION "ballot_status"("round_id" UUID, "participant_id" UUID) RETURNS TEXT
LANGUAGE sql STABLE AS $$
  SELECT CASE
      WHEN NOT coalesce(bool_or(v.updated_at >= r.opened_at), false) THEN 'not-started'
      WHEN count(v.criterion_id) = jsonb_array_length(w.framework -> 'criteria') THEN 'voted'
      ELSE 'in-progress'
    END
  FROM rounds r
  JOIN workshops w ON w.id = r.workshop_id
  LEFT JOIN votes v ON v.round_id = r.id AND v.participant_id = $2
  WHERE r.id = $1
  GROUP BY r.id, w.id
$$;

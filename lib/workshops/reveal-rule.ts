import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * Ballots an anonymous round needs before it is revealed. With one, the facilitator would know
 * whose answers the results are; with two, each voter would know the other's. From three on,
 * nobody can tell which of the others' ballots is whose.
 */
export const ANONYMOUS_MIN_BALLOTS = 3;

/**
 * SQL: whether the round may be revealed. A round of an anonymous workshop needs at least
 * ANONYMOUS_MIN_BALLOTS people still in it who have voted (the ballots its results count; see
 * round_ballots). Shared by the facilitator's reveal (./mutations.ts) and the deadline's
 * (./deadlines.ts), which closes such a round instead.
 */
export function mayRevealSql(roundId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    NOT (SELECT w.anonymous FROM workshops w JOIN rounds rr ON rr.workshop_id = w.id
         WHERE rr.id = ${roundId})
    OR (SELECT count(*) FROM round_ballots(${roundId}) b
        JOIN participants p ON p.id = b.participant_id
        WHERE p.removed_at IS NULL AND b.status = 'voted') >= ${ANONYMOUS_MIN_BALLOTS}
  )`;
}

/**
 * SQL: whether everyone in the round has voted: at least one person joined, and every one of
 * them still in it (not removed) has a ballot that is 'voted' (round_ballots, the one meaning of
 * voted). In a round after the first, answers copied from the previous round are no vote until
 * kept or changed. When it holds, a workshop with "reveal as soon as everyone has voted" on is
 * revealed (./mutations.ts revealIfEveryoneVoted).
 */
export function everyoneVotedSql(roundId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT coalesce(bool_and(b.status = 'voted'), false) FROM round_ballots(${roundId}) b
    JOIN participants p ON p.id = b.participant_id
    WHERE p.removed_at IS NULL
  )`;
}

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
 * ballot_status). Shared by the facilitator's reveal (./mutations.ts) and the deadline's
 * (./deadlines.ts), which closes such a round instead.
 */
export function mayRevealSql(roundId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    NOT (SELECT w.anonymous FROM workshops w JOIN rounds rr ON rr.workshop_id = w.id
         WHERE rr.id = ${roundId})
    OR (SELECT count(*) FROM participants p
        JOIN rounds rr ON rr.workshop_id = p.workshop_id
        WHERE rr.id = ${roundId} AND p.removed_at IS NULL
          AND ballot_status(rr.id, p.id) = 'voted') >= ${ANONYMOUS_MIN_BALLOTS}
  )`;
}

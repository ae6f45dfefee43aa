import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * SQL: whether the round may be revealed. A round of an anonymous workshop needs ballots from
 * at least two people who are still in it (the ones its results count): with one, the
 * facilitator, who sees who has voted, would know whose answers the results are. Shared by the
 * facilitator's reveal (./mutations.ts) and the deadline's (./deadlines.ts), which closes such a round instead.
 */
export function mayRevealSql(roundId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    NOT (SELECT w.anonymous FROM workshops w JOIN rounds rr ON rr.workshop_id = w.id
         WHERE rr.id = ${roundId})
    OR (SELECT count(DISTINCT v.participant_id) FROM votes v
        JOIN participants p ON p.id = v.participant_id
        JOIN rounds voted ON voted.id = v.round_id
        WHERE v.round_id = ${roundId} AND p.removed_at IS NULL
          -- Answers copied from the round before keep their old times: only people who
          -- answered in this round count, or comparing rounds would single out the one who did.
          AND v.updated_at >= voted.opened_at) >= 2
  )`;
}

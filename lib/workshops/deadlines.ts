import "server-only";
import { z } from "zod";
import { hashToken } from "@/lib/auth/tokens";
import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import { oneRow, rows } from "@/lib/db/rows";
import { publishChange } from "@/lib/realtime/bus";
import type { AuditAction } from "./audit";
import { mayRevealSql } from "./reveal-rule";
import { isId, isToken } from "@/lib/ids";

// Deadlines of async workshops, enforced by the server whether or not anyone has a page open:
// saveVote refuses ballots from the deadline on (mutations.ts), and settleDeadlines closes the
// round then, revealing it or not as the facilitator chose. It runs at the start of every page
// that shows a workshop (so nobody sees a round open past its deadline) and from the periodic
// sweep (./sweep.ts), so a deadline also takes effect when nobody looks.
//
// A deadline governs the rounds opened before it. A round the facilitator opens after the
// deadline runs without one (it is revealed by hand), so a team can go on after an async phase.
//
// Like mutations.ts and data.ts, this module talks to the database itself.

const settledRoundRow = z.object({
  workshopId: z.string(),
  roundId: z.string(),
  number: z.number().int(),
  /** What the deadline did: the facilitator's deadline action. */
  outcome: z.enum(["revealed", "closed"]),
});
export type SettledRound = z.infer<typeof settledRoundRow>;

export interface SettleOptions {
  /** The app's clock; tests move it. */
  now?: Date;
  /** Only this workshop: the check on every read. */
  workshopId?: string;
  /** Only the workshop behind this share link (the share page knows no workshop id). */
  shareToken?: string;
}

/**
 * Closes every open round whose workshop's deadline has passed (only rounds opened before the
 * deadline), revealed or just closed per the workshop's deadline action, with its audit event
 * (actor "system", data.deadline true). The round takes the deadline itself as its reveal or
 * close time: that is when voting stopped, even if the sweep gets there a little later.
 *
 * One statement, so it is idempotent and safe to run from any number of app instances at once:
 * of two runs racing for a round, the second waits for the first's row lock and then re-checks
 * `status = 'open'` on the updated row (READ COMMITTED), which no longer matches, so it neither
 * updates the round nor writes a second audit event. A save in flight holds FOR SHARE on the
 * round (see saveVote), so it lands before the round closes, never after.
 *
 * Cheap when nothing is due: an index lookup of the workshop's open round (or, for the sweep, of
 * the workshops whose deadline has passed).
 */
export async function settleDeadlines(options: SettleOptions = {}): Promise<SettledRound[]> {
  const now = options.now ?? new Date();
  let only = Prisma.empty;
  if (options.workshopId !== undefined) {
    if (!isId(options.workshopId)) return [];
    only = Prisma.sql`AND w.id = ${options.workshopId}::uuid`;
  } else if (options.shareToken !== undefined) {
    if (!isToken(options.shareToken)) return [];
    only = Prisma.sql`AND w.id = (
      SELECT workshop_id FROM share_links WHERE token_hash = ${hashToken(options.shareToken)})`;
  }

  const settled = await rows(
    "settleDeadlines",
    settledRoundRow,
    prisma().$queryRaw`
    WITH due AS (
      SELECT r.id, w.deadline,
        CASE WHEN w.deadline_action = 'reveal' AND ${mayRevealSql(Prisma.sql`r.id`)}
          THEN 'reveal' ELSE 'close' END AS deadline_action
      FROM workshops w
      JOIN rounds r ON r.workshop_id = w.id AND r.status = 'open'
      WHERE w.deadline <= ${now}::timestamptz
        AND r.opened_at < w.deadline
        ${only}
    ), settled AS (
      UPDATE rounds r SET
        status = CASE due.deadline_action WHEN 'reveal' THEN 'revealed' ELSE 'closed' END::round_status,
        revealed_at = CASE due.deadline_action WHEN 'reveal' THEN due.deadline END,
        closed_at = CASE due.deadline_action WHEN 'close' THEN due.deadline END
      FROM due
      WHERE r.id = due.id AND r.status = 'open'
      RETURNING r.id, r.workshop_id, r.number, r.status
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT workshop_id, 'system', NULL,
        CASE status
          WHEN 'revealed' THEN ${"round.revealed" satisfies AuditAction}
          ELSE ${"round.closed" satisfies AuditAction}
        END,
        jsonb_build_object('roundId', id, 'number', number, 'deadline', true)
      FROM settled
    )
    SELECT workshop_id AS "workshopId", id AS "roundId", number, status::text AS outcome
    FROM settled`,
  );
  for (const round of settled) publishChange(round.workshopId, round.outcome);
  return settled;
}

const workshopDeadlineRow = z.object({
  deadline: z.date(),
  action: z.enum(["reveal", "close"]),
});
export type WorkshopDeadline = z.infer<typeof workshopDeadlineRow>;

/**
 * SQL: the deadline that governs workshop w's current round; null when there is none (a live
 * workshop, an async one without a deadline, or a round opened after it).
 */
export const GOVERNING_DEADLINE = Prisma.sql`(
  SELECT CASE WHEN current_round.opened_at < w.deadline THEN w.deadline END
  FROM rounds current_round WHERE current_round.workshop_id = w.id
  ORDER BY current_round.number DESC LIMIT 1
)`;

/** The deadline that governs the workshop's current round, for showing it (GOVERNING_DEADLINE). */
export async function findWorkshopDeadline(workshopId: string): Promise<WorkshopDeadline | null> {
  if (!isId(workshopId)) return null;
  return oneRow(
    "findWorkshopDeadline",
    workshopDeadlineRow,
    prisma().$queryRaw`
    SELECT governing.deadline, w.deadline_action::text AS action
    FROM workshops w
    CROSS JOIN LATERAL (SELECT ${GOVERNING_DEADLINE} AS deadline) governing
    WHERE w.id = ${workshopId}::uuid AND governing.deadline IS NOT NULL`,
  );
}

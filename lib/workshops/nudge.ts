import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { oneRow } from "@/lib/db/rows";
import { AppError, TooSoonError } from "@/lib/errors";
import { NUDGE_INTERVAL } from "@/lib/mail/recipients";
import type { Grant } from "@/lib/access/gate";
import { actorColumns, type AuditAction } from "./audit";
import { peopleToNudge, workshopStatusSchema } from "./data";

// The facilitator's nudge: an e-mail to everyone in the open round who has not voted yet and
// left an address for the workshop's mails, at most once an hour per workshop.
//
// The nudge itself is one statement: it stamps workshops.nudged_at and writes the audit event
// with how many people it reaches. The mails go out through the outbox like every other
// workshop mail (lib/mail/outbox.ts): claimed once each, whichever instance gets there first,
// within the rate limit per address, to those who still have not voted when the mail is sent.
// Two nudges at once: the second waits for the first's row lock, and its UPDATE then re-checks
// nudged_at on the row the first wrote (READ COMMITTED), so it neither stamps nor audits.
// A nudge that would reach nobody changes nothing, so it does not use up the hour.

const nudgeRow = z.object({
  status: workshopStatusSchema,
  roundOpen: z.boolean(),
  recipients: z.number().int(),
  nudged: z.boolean(),
  /** When the next nudge may go out: an hour after this one, or after the last one. */
  nextNudgeAt: z.date().nullable(),
});

export interface Nudge {
  /** How many people it e-mails. */
  recipients: number;
  nextNudgeAt: Date;
}

/**
 * E-mails the participants of the open round who have not voted (see the top of this file).
 * Refuses a closed workshop, a round that is not open, and a nudge within the hour after the
 * last one (TooSoonError, with when the next may be).
 */
export async function nudgeParticipants(
  grant: Grant<"participants.nudge">,
  { now = new Date() }: { now?: Date } = {},
): Promise<Nudge> {
  const { workshopId, by } = grant;
  const row = await oneRow(
    "nudgeParticipants",
    nudgeRow,
    prisma().$queryRaw`
    WITH target AS (
      SELECT w.id, w.status::text AS status, w.nudged_at,
        (SELECT r.status = 'open' FROM rounds r WHERE r.workshop_id = w.id
          ORDER BY r.number DESC LIMIT 1) AS round_open,
        (SELECT count(*)::int FROM (${peopleToNudge(workshopId)}) n) AS recipients
      FROM workshops w WHERE w.id = ${workshopId}::uuid
      FOR NO KEY UPDATE
    ), nudged AS (
      UPDATE workshops w SET nudged_at = ${now}::timestamptz
      FROM target
      WHERE w.id = target.id AND target.status = 'open' AND target.round_open
        AND target.recipients > 0
        AND (w.nudged_at IS NULL
          OR w.nudged_at <= ${now}::timestamptz - ${NUDGE_INTERVAL}::interval)
      RETURNING w.id, w.nudged_at
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT nudged.id, ${actorColumns(by)}, ${"participants.nudge" satisfies AuditAction},
        jsonb_build_object('recipients', target.recipients)
      FROM nudged CROSS JOIN target
    )
    SELECT target.status, coalesce(target.round_open, false) AS "roundOpen", target.recipients,
      EXISTS (SELECT 1 FROM nudged) AS nudged,
      coalesce((SELECT nudged_at FROM nudged), target.nudged_at)
        + ${NUDGE_INTERVAL}::interval AS "nextNudgeAt"
    FROM target`,
  );
  if (!row) throw new AppError("not-found");
  if (row.status === "closed") throw new AppError("workshop-closed");
  if (!row.roundOpen) throw new AppError("round-not-open");
  if (row.nudged) return { recipients: row.recipients, nextNudgeAt: row.nextNudgeAt! };
  if (row.nextNudgeAt && row.nextNudgeAt > now) throw new TooSoonError(row.nextNudgeAt);
  // Nobody to e-mail: nothing was stamped, so a nudge may go out as soon as someone is.
  return { recipients: 0, nextNudgeAt: now };
}

import "server-only";
import { z } from "zod";
import { hashToken } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db/prisma";
import { oneRow } from "@/lib/db/rows";
import { isToken } from "@/lib/ids";

// Every workshop mail ends with a link to /u/<token>. The token is derived from the server secret
// and the participant's or the workshop's id (deriveUnsubscribeToken), and only its hash is
// stored: participants.unsubscribe_token_hash for reminders and results links,
// workshops.notify_unsubscribe_token_hash for "everyone has voted". One link shape for both; the
// hash says which it is. Visiting the link changes nothing (mail scanners open links); the
// page's button, or a mail program's one-click unsubscribe, POSTs.
//
// Unsubscribing also forgets the address: it was kept for these mails only. The link keeps
// working afterwards and says that the mails are off. A signatory's address stays with the
// request the facilitator made (signatories.email is what their answers are recorded under);
// their requests stop, and their personal link still works.

const unsubscribeTargetRow = z.object({
  /**
   * Whose mails: a participant's reminders and results, the facilitator's notifications, or a
   * signatory's requests to sign off.
   */
  subject: z.enum(["participant", "workshop", "signatory"]),
  workshopTitle: z.string(),
  /** False once unsubscribed. */
  subscribed: z.boolean(),
});
export type UnsubscribeTarget = z.infer<typeof unsubscribeTargetRow>;

export async function findUnsubscribeTarget(token: string): Promise<UnsubscribeTarget | null> {
  if (!isToken(token)) return null;
  const hash = hashToken(token);
  return oneRow(
    "findUnsubscribeTarget",
    unsubscribeTargetRow,
    prisma().$queryRaw`
    SELECT 'participant' AS subject, w.title AS "workshopTitle",
      p.reminder_opt_in AND p.email IS NOT NULL AS subscribed
    FROM participants p JOIN workshops w ON w.id = p.workshop_id
    WHERE p.unsubscribe_token_hash = ${hash}
    UNION ALL
    SELECT 'workshop', title, notify_email IS NOT NULL
    FROM workshops WHERE notify_unsubscribe_token_hash = ${hash}
    UNION ALL
    SELECT 'signatory', w.title, NOT s.mail_off
    FROM signatories s JOIN workshops w ON w.id = s.workshop_id
    WHERE s.unsubscribe_token_hash = ${hash}`,
  );
}

/** unsubscribe's statement: whether the token belonged to anyone. */
const unsubscribedRow = z.object({ found: z.boolean() });

/**
 * Turns off the mails behind an unsubscribe token and forgets the address. Idempotent; false for
 * a token that belongs to nobody.
 */
export async function unsubscribe(token: string): Promise<boolean> {
  if (!isToken(token)) return false;
  const hash = hashToken(token);
  const row = await oneRow(
    "unsubscribe",
    unsubscribedRow,
    prisma().$queryRaw`
    WITH participant AS (
      UPDATE participants SET reminder_opt_in = false, email = NULL
      WHERE unsubscribe_token_hash = ${hash}
      RETURNING id
    ), workshop AS (
      UPDATE workshops SET notify_email = NULL, updated_at = CURRENT_TIMESTAMP
      WHERE notify_unsubscribe_token_hash = ${hash}
      RETURNING id
    ), signatory AS (
      UPDATE signatories SET mail_off = true WHERE unsubscribe_token_hash = ${hash}
      RETURNING id
    )
    SELECT EXISTS (SELECT 1 FROM participant) OR EXISTS (SELECT 1 FROM workshop)
      OR EXISTS (SELECT 1 FROM signatory) AS found`,
  );
  return row?.found ?? false;
}

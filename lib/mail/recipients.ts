import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * SQL: whether participant p still wants the mails of a workshop's participants: not removed,
 * left an address, did not unsubscribe. The deadline reminder, the results link and the
 * facilitator's nudge (its mails and the count the facilitator sees) all ask this.
 */
export const REACHABLE_BY_MAIL = Prisma.sql`(
  p.removed_at IS NULL AND p.reminder_opt_in AND p.email IS NOT NULL
  AND p.unsubscribe_token_hash IS NOT NULL
)`;

/**
 * How often the facilitator may nudge those who have not voted, and how long after a nudge the
 * sweep still sends its mails (SQL interval).
 */
export const NUDGE_INTERVAL = "1 hour";

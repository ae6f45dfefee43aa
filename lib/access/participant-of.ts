import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * Which participant of a workshop a request's credentials are, as SQL for one id (or none): not
 * removed, by the guest cookie or the account, and the guest cookie first when both name one.
 * The one rule, shared by the gate (./actor.ts) and the ballot's save (lib/workshops/mutations.ts),
 * so a page never shows one ballot while saves go to another.
 */
export function participantOfCredentials(
  workshopId: Prisma.Sql,
  credentials: { guestHash: string | null; userId: string | null },
  options: { evenRemoved?: boolean } = {},
): Prisma.Sql {
  const { guestHash, userId } = credentials;
  // evenRemoved, to tell someone why a save was refused: an active participant still comes
  // first, else the removed one the credentials name.
  return Prisma.sql`
    SELECT named.id FROM participants named
    WHERE named.workshop_id = ${workshopId}
      AND (${options.evenRemoved ?? false}::boolean OR named.removed_at IS NULL)
      AND (named.guest_token_hash = ${guestHash}::text OR named.user_id = ${userId}::uuid)
    ORDER BY named.removed_at IS NULL DESC, (named.guest_token_hash = ${guestHash}::text) IS TRUE DESC
    LIMIT 1`;
}

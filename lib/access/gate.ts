import "server-only";
import { notFound } from "next/navigation";
import { readCredentials } from "@/lib/auth/cookies";
import { AppError, isAppError } from "@/lib/errors";
import { parseWorkshopId, type WorkshopId } from "@/lib/ids";
import { resolveActor } from "./actor";
import { auditActorOf, may, type Action, type Actor, type AuditActor } from "./permissions";

// The one way into a workshop: a route handler, page or stream names the action it is about to
// take, and the gate reads the request's cookies and session once, parses the workshop id,
// resolves who is calling and asks the permission table. What it hands back, a Grant, can only
// be made here: code that holds one knows the check was done.

declare const minted: unique symbol;

export interface Grant<A extends Action = Action> {
  readonly [minted]: true;
  readonly action: A;
  readonly workshopId: WorkshopId;
  /** Who is calling, as the permission table judged them. */
  readonly actor: Actor;
  /** Whom the audit trail names for what this grant allows. */
  readonly by: AuditActor;
}

/**
 * A grant for `action` in the workshop `workshopIdParam` names, or a thrown AppError: not-found
 * for a malformed or unknown workshop, forbidden for a caller the table does not let in (or
 * not-found too, with `hide`, for reads that must not tell a workshop exists).
 */
export async function authorize<A extends Action>(
  workshopIdParam: string,
  action: A,
  options: { hide?: boolean } = {},
): Promise<Grant<A>> {
  const workshopId = parseWorkshopId(workshopIdParam);
  const actor = await resolveActor(workshopId, await readCredentials(workshopId));
  if (!may(actor, action, workshopId)) throw new AppError(options.hide ? "not-found" : "forbidden");
  return { action, workshopId, actor, by: auditActorOf(actor) } as Grant<A>;
}

/**
 * For pages and reads: a caller the table does not let in gets the same 404 as for a workshop
 * that does not exist, so a page reveals nothing about what it guards.
 */
export async function authorizeOrNotFound<A extends Action>(
  workshopIdParam: string,
  action: A,
): Promise<Grant<A>> {
  try {
    return await authorize(workshopIdParam, action, { hide: true });
  } catch (error) {
    if (isAppError(error) && error.code === "not-found") notFound();
    throw error;
  }
}

import "server-only";
import { notFound } from "next/navigation";
import { readCredentials, type Credentials } from "@/lib/auth/cookies";
import { AppError, isAppError } from "@/lib/errors";
import { parseWorkshopId, type WorkshopId } from "@/lib/ids";
import { currentUser } from "@/lib/auth/session";
import { resolveActor, frameworkOwner } from "./actor";
import {
  auditActorOf,
  may,
  mayWithFramework,
  type Action,
  type Actor,
  type AuditActor,
  type FrameworkAction,
  type permissions,
} from "./permissions";

// The one way into a workshop: a route handler, page or stream names the action it is about to
// take, and the gate reads the request's cookies and session once, parses the workshop id,
// resolves who is calling and asks the permission table. What it hands back, a Grant, can only
// be made here: code that holds one knows the check was done, and the domain functions that
// take one (lib/workshops, lib/results) neither parse the id again nor ask who is calling.
//
// Two layers: grantFor judges credentials it is handed, so it runs without a request (the
// gate's own matrix test, lib/access/gate.db.test.ts, drives it with real tokens); authorize
// reads the request's credentials and hands them to grantFor.

declare const minted: unique symbol;

/** The actor as a grant for `A` knows it: a participant action always names the participant. */
type ActorFor<A extends Action> = (typeof permissions)[A] extends "participant"
  ? Actor & { readonly participantId: string }
  : Actor;

export interface Grant<A extends Action = Action> {
  readonly [minted]: true;
  readonly action: A;
  readonly workshopId: WorkshopId;
  /** Who is calling, as the permission table judged them. */
  readonly actor: ActorFor<A>;
  /** Whom the audit trail names for what this grant allows. */
  readonly by: AuditActor;
}

export interface GateOptions {
  /** Answer not-found rather than forbidden, for reads that must not tell a workshop exists. */
  hide?: boolean;
}

function mint<A extends Action>(action: A, workshopId: WorkshopId, actor: Actor): Grant<A> {
  return { action, workshopId, actor, by: auditActorOf(actor) } as Grant<A>;
}

/**
 * A grant for `action` in the workshop `workshopIdParam` names, to the holder of `credentials`,
 * or a thrown AppError: not-found for a malformed or unknown workshop, forbidden for a caller
 * the table does not let in (or not-found too, with `hide`).
 */
export async function grantFor<A extends Action>(
  workshopIdParam: string,
  action: A,
  credentials: Credentials,
  options: GateOptions = {},
): Promise<Grant<A>> {
  const workshopId = parseWorkshopId(workshopIdParam);
  const actor = await resolveActor(workshopId, credentials);
  if (!may(actor, action, workshopId)) throw new AppError(options.hide ? "not-found" : "forbidden");
  return mint(action, workshopId, actor);
}

/**
 * The grant, and the credentials it was judged on, for a stream that asks the gate again later
 * (grantFor with the same credentials) whether its viewer still may watch.
 */
export async function authorizeAndKeep<A extends Action>(
  workshopIdParam: string,
  action: A,
  options: GateOptions = {},
): Promise<{ grant: Grant<A>; credentials: Credentials }> {
  const workshopId = parseWorkshopId(workshopIdParam);
  const credentials = await readCredentials(workshopId);
  return { grant: await grantFor(workshopId, action, credentials, options), credentials };
}

/** The request's grant for `action` in the workshop `workshopIdParam` names (see grantFor). */
export async function authorize<A extends Action>(
  workshopIdParam: string,
  action: A,
  options: GateOptions = {},
): Promise<Grant<A>> {
  return (await authorizeAndKeep(workshopIdParam, action, options)).grant;
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

/**
 * The same caller's grant for a further action in the same workshop, if the table allows it,
 * else null: a page that shows more to a facilitator asks this, with no second query, and
 * there is no other way to decide "is facilitator".
 */
export function grantAlso<B extends Action>(grant: Grant, action: B): Grant<B> | null {
  return may(grant.actor, action, grant.workshopId)
    ? mint(action, grant.workshopId, grant.actor)
    : null;
}

/** What the gate hands back for a framework action: the account, and the framework if named. */
export interface FrameworkGrant<A extends FrameworkAction = FrameworkAction> {
  readonly [minted]: true;
  readonly action: A;
  readonly userId: string;
  /** The framework the action is about; absent for listing and creating. */
  readonly frameworkId?: string;
}

/**
 * A grant for a framework action to the account `userId` (undefined: nobody signed in), or a
 * thrown AppError: forbidden for nobody, not-found for a framework that does not exist and for
 * one that is someone else's alike, so nobody learns which ids exist. Runs without a request,
 * like grantFor; authorizeFramework hands it the request's account.
 */
export async function frameworkGrantFor<A extends FrameworkAction>(
  action: A,
  userId: string | undefined,
  frameworkIdParam?: string,
): Promise<FrameworkGrant<A>> {
  if (userId === undefined) throw new AppError("forbidden");
  if (frameworkIdParam === undefined) {
    if (!mayWithFramework(userId, action)) throw new AppError("not-found");
    return { action, userId } as FrameworkGrant<A>;
  }
  const ownerId = await frameworkOwner(frameworkIdParam);
  if (ownerId === null || !mayWithFramework(userId, action, ownerId)) {
    throw new AppError("not-found");
  }
  return { action, userId, frameworkId: frameworkIdParam } as FrameworkGrant<A>;
}

/** The one way to a framework someone wrote (issue 18): the request's account, judged. */
export async function authorizeFramework<A extends FrameworkAction>(
  action: A,
  frameworkIdParam?: string,
): Promise<FrameworkGrant<A>> {
  return frameworkGrantFor(action, (await currentUser())?.id, frameworkIdParam);
}

/** authorizeFramework for pages: whatever it refuses is the page's 404. */
export async function authorizeFrameworkOrNotFound<A extends FrameworkAction>(
  action: A,
  frameworkIdParam: string,
): Promise<FrameworkGrant<A>> {
  try {
    return await authorizeFramework(action, frameworkIdParam);
  } catch (error) {
    if (isAppError(error) && (error.code === "not-found" || error.code === "forbidden")) {
      notFound();
    }
    throw error;
  }
}

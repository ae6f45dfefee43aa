import { AppError } from "@/lib/errors";

// Who may do what in a workshop, as data. The route handlers and server actions resolve an Actor
// from the request (lib/workshops/data.ts: resolveActor), then ask this module; the database
// statements re-check everything that depends on state (round open, participant not removed),
// so these checks decide who, and the writes decide when.

/** The powers a request's credentials carry, resolved for one workshop at a time. */
export interface Actor {
  /** The signed-in account, if any. */
  userId?: string;
  /** Workshops this caller facilitates: by a facilitator capability cookie or by ownership. */
  facilitatorOf: ReadonlySet<string>;
  /** The caller's own, not removed, participant in the resolved workshop. */
  participantId?: string;
  /** The capability that made the caller a facilitator, kept for the audit trail. */
  capabilityId?: string;
}

/** A caller with no credentials at all. */
export const visitor: Actor = { facilitatorOf: new Set() };

/** A member takes part in the workshop: as a participant or as its facilitator. */
export type Who = "anyone" | "signed-in" | "participant" | "facilitator" | "member";

/** The permission table; issue 7's permission matrix test walks it. */
export const permissions = {
  "workshop.create": "anyone",
  "workshop.join": "anyone",
  "ballot.view": "participant",
  "vote.save": "participant",
  "facilitator-view.view": "facilitator",
  "round.reveal": "facilitator",
  "round.open": "facilitator",
  "workshop.close": "facilitator",
  "participant.remove": "facilitator",
  "invite.rotate": "facilitator",
  "facilitator-link.rotate": "facilitator",
  "workshop.delete": "facilitator",
  "results.view": "member",
  "results.export": "member",
  "weights.set": "facilitator",
  "share-links.list": "facilitator",
  "share-link.create": "facilitator",
  "share-link.revoke": "facilitator",
  "workshops.list-owned": "signed-in",
  "workshops.claim": "signed-in",
} as const satisfies Record<string, Who>;

export type Action = keyof typeof permissions;

function is(actor: Actor, who: Who, workshopId: string | undefined): boolean {
  switch (who) {
    case "anyone":
      return true;
    case "signed-in":
      return actor.userId !== undefined;
    case "participant":
      return actor.participantId !== undefined;
    case "facilitator":
      return workshopId !== undefined && actor.facilitatorOf.has(workshopId);
    case "member":
      return is(actor, "participant", workshopId) || is(actor, "facilitator", workshopId);
  }
}

/** Whether the actor may take the action in the workshop (the actor was resolved for it). */
export function may(actor: Actor, action: Action, workshopId?: string): boolean {
  return is(actor, permissions[action], workshopId);
}

export function canFacilitate(actor: Actor, workshop: { id: string }): boolean {
  return is(actor, "facilitator", workshop.id);
}

export function canJoin(workshop: { status: "open" | "closed" }): boolean {
  return workshop.status === "open";
}

/**
 * Whether the actor may write this participant's ballot in this round: their own participant,
 * still in the workshop, in an open round of the same workshop.
 */
export function canVote(
  actor: Actor,
  participant: { id: string; workshopId: string; removed: boolean },
  round: { workshopId: string; status: "open" | "revealed" | "closed" },
): boolean {
  return (
    may(actor, "vote.save") &&
    actor.participantId === participant.id &&
    !participant.removed &&
    participant.workshopId === round.workshopId &&
    round.status === "open"
  );
}

/** Who an audit event names as having acted. */
export type AuditActor =
  | { kind: "system" }
  | { kind: "user"; userId: string }
  | { kind: "facilitator"; capabilityId: string }
  | { kind: "participant"; participantId: string };

/**
 * Throws forbidden unless the actor facilitates the workshop; returns who to name in the audit
 * trail: the account when the caller is signed in (it names a person), else the capability.
 */
export function requireFacilitator(actor: Actor, workshopId: string): AuditActor {
  if (canFacilitate(actor, { id: workshopId })) {
    if (actor.userId !== undefined) return { kind: "user", userId: actor.userId };
    if (actor.capabilityId !== undefined) {
      return { kind: "facilitator", capabilityId: actor.capabilityId };
    }
  }
  throw new AppError("forbidden");
}

/** Throws forbidden unless the actor is a participant of the resolved workshop. */
export function requireParticipant(actor: Actor): string {
  if (actor.participantId === undefined) throw new AppError("forbidden");
  return actor.participantId;
}

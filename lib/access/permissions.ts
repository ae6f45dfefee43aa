// Who may do what in a workshop, as data. The gate (./gate.ts) resolves an Actor from the
// request (./actor.ts) and asks this table; the database statements re-check everything that
// depends on state (round open, participant not removed), so this table decides who, and the
// writes decide when.

/** The powers a request's credentials carry, resolved for one workshop at a time. */
export interface Actor {
  /** The signed-in account, if any. */
  userId?: string;
  /** Workshops this caller facilitates: by a facilitator capability cookie or by ownership. */
  facilitatorOf: ReadonlySet<string>;
  /**
   * Workshops this caller keeps: the ones their account owns, and the ones no account owns
   * that they facilitate. A facilitator link lets its holder run an owned workshop, never end it.
   */
  keeperOf: ReadonlySet<string>;
  /** The caller's own, not removed, participant in the resolved workshop. */
  participantId?: string;
  /** The capability that made the caller a facilitator, kept for the audit trail. */
  capabilityId?: string;
}

/** A caller with no credentials at all. */
export const visitor: Actor = { facilitatorOf: new Set(), keeperOf: new Set() };

/**
 * A member takes part in the workshop: as a participant or as its facilitator. The keeper is
 * its owning account, or whoever facilitates it while no account owns it.
 */
export type Who = "anyone" | "signed-in" | "participant" | "facilitator" | "member" | "keeper";

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
  "workshop.delete": "keeper",
  "workshop.rerun": "facilitator",
  "series.view": "facilitator",
  "workshop.watch": "member",
  "results.view": "member",
  "results.export": "member",
  "weights.set": "facilitator",
  "deadline.set": "facilitator",
  "auto-reveal.set": "facilitator",
  "participants.nudge": "facilitator",
  "share-links.list": "facilitator",
  "share-link.create": "facilitator",
  "share-link.revoke": "facilitator",
  "decision.view": "facilitator",
  "decision.record": "facilitator",
  "decision.follow-up": "facilitator",
  "decision.export": "facilitator",
  "sign-offs.request": "facilitator",
  "sign-off.revoke": "facilitator",
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
    case "keeper":
      return workshopId !== undefined && actor.keeperOf.has(workshopId);
  }
}

/** Whether the actor may take the action in the workshop (the actor was resolved for it). */
export function may(actor: Actor, action: Action, workshopId?: string): boolean {
  return is(actor, permissions[action], workshopId);
}

/**
 * Who may do what with a framework someone wrote (issue 18): any signed-in account may write
 * one; only its author may read, change, share, delete or run a workshop on it. Others read
 * and copy a shared one through its link, which is its own credential (lib/authoring).
 */
export type Writer = "signed-in" | "author";

export const frameworkPermissions = {
  "frameworks.list-own": "signed-in",
  "framework.create": "signed-in",
  "framework.view": "author",
  "framework.edit": "author",
  "framework.share": "author",
  "framework.delete": "author",
  "framework.use": "author",
} as const satisfies Record<string, Writer>;

export type FrameworkAction = keyof typeof frameworkPermissions;

/** Whether the account (undefined: nobody signed in) may take a framework action. */
export function mayWithFramework(
  userId: string | undefined,
  action: FrameworkAction,
  ownerId?: string,
): boolean {
  if (userId === undefined) return false;
  return frameworkPermissions[action] === "signed-in" || ownerId === userId;
}

/** Who an audit event names as having acted. */
export type AuditActor =
  | { kind: "system" }
  | { kind: "user"; userId: string }
  | { kind: "facilitator"; capabilityId: string }
  | { kind: "participant"; participantId: string }
  | { kind: "signatory"; signatoryId: string };

/**
 * Whom the audit trail names for what the actor does: the account when the caller is signed in
 * (it names a person), else the facilitator capability, else the participant.
 */
export function auditActorOf(actor: Actor): AuditActor {
  if (actor.userId !== undefined) return { kind: "user", userId: actor.userId };
  if (actor.capabilityId !== undefined) {
    return { kind: "facilitator", capabilityId: actor.capabilityId };
  }
  if (actor.participantId !== undefined) {
    return { kind: "participant", participantId: actor.participantId };
  }
  return { kind: "system" };
}

import { describe, expect, it } from "vitest";
import { auditActorOf, may, permissions, visitor, type Action, type Actor } from "./permissions";

const WORKSHOP = "11111111-1111-4111-8111-111111111111";
const OTHER_WORKSHOP = "22222222-2222-4222-8222-222222222222";
const PARTICIPANT = "33333333-3333-4333-8333-333333333333";
const USER = "44444444-4444-4444-8444-444444444444";
const CAPABILITY = "55555555-5555-4555-8555-555555555555";

// WORKSHOP is owned by USER's account; the capability holders hold its facilitator link, one of
// them while no account owned it.
const actors = {
  visitor,
  participant: { facilitatorOf: new Set(), keeperOf: new Set(), participantId: PARTICIPANT },
  "facilitator by capability": {
    facilitatorOf: new Set([WORKSHOP]),
    keeperOf: new Set(),
    capabilityId: CAPABILITY,
  },
  "facilitator while no account owns it": {
    facilitatorOf: new Set([WORKSHOP]),
    keeperOf: new Set([WORKSHOP]),
    capabilityId: CAPABILITY,
  },
  "owning account": {
    facilitatorOf: new Set([WORKSHOP]),
    keeperOf: new Set([WORKSHOP]),
    userId: USER,
  },
  "facilitator of another workshop": {
    facilitatorOf: new Set([OTHER_WORKSHOP]),
    keeperOf: new Set([OTHER_WORKSHOP]),
    capabilityId: CAPABILITY,
  },
  "signed-in stranger": { facilitatorOf: new Set(), keeperOf: new Set(), userId: USER },
} satisfies Record<string, Actor>;

type ActorName = keyof typeof actors;
const everyone = Object.keys(actors) as ActorName[];
const facilitators: ActorName[] = [
  "facilitator by capability",
  "facilitator while no account owns it",
  "owning account",
];
const keepers: ActorName[] = ["facilitator while no account owns it", "owning account"];
const signedIn: ActorName[] = ["owning account", "signed-in stranger"];

/** Action -> who may take it in WORKSHOP, in the order of `actors`. */
const expected: Record<Action, ActorName[]> = {
  "workshop.create": everyone,
  "workshop.join": everyone,
  "ballot.view": ["participant"],
  "vote.save": ["participant"],
  "facilitator-view.view": facilitators,
  "round.reveal": facilitators,
  "round.open": facilitators,
  "workshop.close": facilitators,
  "participant.remove": facilitators,
  "invite.rotate": facilitators,
  "facilitator-link.rotate": facilitators,
  "workshop.rerun": facilitators,
  "series.view": facilitators,
  "workshop.delete": keepers,
  "workshop.watch": ["participant", ...facilitators],
  "results.view": ["participant", ...facilitators],
  "results.export": ["participant", ...facilitators],
  "weights.set": facilitators,
  "deadline.set": facilitators,
  "auto-reveal.set": facilitators,
  "participants.nudge": facilitators,
  "share-links.list": facilitators,
  "share-link.create": facilitators,
  "share-link.revoke": facilitators,
  "decision.view": facilitators,
  "decision.record": facilitators,
  "sign-offs.request": facilitators,
  "sign-off.revoke": facilitators,
  "decision.follow-up": facilitators,
  "decision.export": facilitators,
  "workshops.list-owned": signedIn,
  "workshops.claim": signedIn,
};

describe("the permission table", () => {
  it.each(Object.keys(permissions) as Action[])("%s", (action) => {
    expect(everyone.filter((name) => may(actors[name], action, WORKSHOP))).toEqual(
      expected[action],
    );
  });

  it("never grants facilitator powers without a workshop to check against", () => {
    expect(may(actors["owning account"], "round.reveal")).toBe(false);
  });
});

describe("facilitating and auditActorOf", () => {
  it("names the account when signed in, else the capability, else the participant", () => {
    expect(may(actors["facilitator by capability"], "facilitator-view.view", WORKSHOP)).toBe(true);
    expect(auditActorOf(actors["facilitator by capability"])).toEqual({
      kind: "facilitator",
      capabilityId: CAPABILITY,
    });
    expect(auditActorOf(actors["owning account"])).toEqual({ kind: "user", userId: USER });
    expect(auditActorOf(actors.participant)).toEqual({
      kind: "participant",
      participantId: PARTICIPANT,
    });
  });

  it("facilitates nobody else", () => {
    for (const name of ["visitor", "participant", "facilitator of another workshop"] as const) {
      expect(may(actors[name], "facilitator-view.view", WORKSHOP)).toBe(false);
    }
  });
});

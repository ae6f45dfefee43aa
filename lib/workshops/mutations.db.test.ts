// The workshop domain's writes and reads at their edges, against a real PostgreSQL: forged and
// malformed ids on every write, idempotent saves, removal, invite rotation, deletion, claiming,
// credentials and the audit trail.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { deriveParticipantHandle, hashToken, newToken } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db/prisma";
import { authSecret } from "@/lib/env";
import { testDatabase } from "@/lib/db/test-database";
import { mlLifecycle } from "@/lib/frameworks";
import {
  findClaimableWorkshops,
  findParticipantByHandle,
  findFacilitatorCapability,
  findWorkshopByInviteToken,
  getBallotView,
  getFacilitatorView,
  listWorkshopsOwnedBy,
} from "./data";
import { resolveActor } from "@/lib/access/actor";
import { grantFor } from "@/lib/access/gate";
import { permissions, type Action } from "@/lib/access/permissions";
import { parseWorkshopId } from "@/lib/ids";
import {
  claimWorkshops,
  closeWorkshop,
  createWorkshop,
  deleteWorkshop,
  joinWorkshop,
  openNextRound,
  removeParticipant,
  revealRound,
  rotateFacilitatorLink,
  rotateInvite,
  saveAnswers,
  saveVote,
  touchCapability,
} from "./mutations";
import {
  asFacilitator,
  asGuest,
  asParticipant,
  asUser,
  criteria,
  startWorkshop,
  workshopInput,
  type StartedWorkshop,
} from "./test-fixtures";
import type { ParticipantRole } from "./roles";

const db = testDatabase();

function rejection(code: string) {
  return expect.objectContaining({ name: "AppError", code });
}

async function createUser(): Promise<string> {
  const user = await prisma().user.create({
    data: { email: `${randomUUID()}@example.com` },
    select: { id: true },
  });
  return user.id;
}

/** Takes a criterion out of the workshop's frozen framework, as if it had never been in it. */
async function dropFromFramework(workshopId: string, criterionId: string) {
  await db.pool.query(
    `UPDATE workshops SET framework = jsonb_set(framework, '{criteria}',
      (SELECT jsonb_agg(c) FROM jsonb_array_elements(framework -> 'criteria') c WHERE c ->> 'id' <> $2))
     WHERE id = $1`,
    [workshopId, criterionId],
  );
}

/** A new account that joins the workshop by its invite link, as a signed-in person does. */
async function joinWithNewAccount(
  w: StartedWorkshop,
  input: { displayName: string; role: ParticipantRole },
) {
  const userId = await createUser();
  return { userId, ...(await joinWorkshop(w.inviteToken, input, { userId })) };
}

/** Everything stored about a workshop, to prove that a refused write changed nothing. */
async function snapshot(workshopId: string) {
  const { rows } = await db.pool.query(
    `SELECT
      (SELECT row_to_json(w) FROM workshops w WHERE w.id = $1) AS workshop,
      (SELECT json_agg(p ORDER BY p.id) FROM participants p WHERE p.workshop_id = $1) AS participants,
      (SELECT json_agg(r ORDER BY r.number) FROM rounds r WHERE r.workshop_id = $1) AS rounds,
      (SELECT json_agg(v ORDER BY v.round_id, v.participant_id, v.criterion_id) FROM votes v WHERE v.workshop_id = $1) AS votes,
      (SELECT count(*) FROM audit_events a WHERE a.workshop_id = $1) AS audit_events`,
    [workshopId],
  );
  return rows[0];
}

async function auditActions(workshopId: string): Promise<string[]> {
  const { rows } = await db.pool.query<{ action: string }>(
    `SELECT action FROM audit_events WHERE workshop_id = $1 ORDER BY id`,
    [workshopId],
  );
  return rows.map((row) => row.action);
}

describe("forged and malformed ids", () => {
  let a: StartedWorkshop;
  let b: StartedWorkshop;
  const malformed = ["", "42", "not-a-uuid", "00000000-0000-0000-0000-00000000000g", "' OR 1=1 --"];

  beforeAll(async () => {
    a = await startWorkshop({ participants: 1 });
    b = await startWorkshop({ participants: 1 });
  });

  it("never let a participant of one workshop vote in another's round", async () => {
    const before = await snapshot(b.workshopId);
    const fromA = a.participants[0]!;
    const vote = { roundId: b.roundId, criterionId: "speed", score: 3 };
    for (const [workshopId, voter] of [
      [a.workshopId, { participantId: fromA.participantId }],
      [b.workshopId, { participantId: fromA.participantId }],
      [b.workshopId, { guestToken: fromA.guestToken }],
      [b.workshopId, { guestToken: newToken() }],
      [b.workshopId, { participantId: randomUUID() }],
      [b.workshopId, { userId: randomUUID() }],
    ] as const) {
      await expect(saveVote(workshopId, voter, vote)).rejects.toEqual(rejection("not-found"));
    }
    // B's own participant, but A's workshop id or a round that does not exist.
    const ofB = { participantId: b.participants[0]!.participantId };
    await expect(saveVote(a.workshopId, ofB, vote)).rejects.toEqual(rejection("not-found"));
    await expect(saveVote(b.workshopId, ofB, { ...vote, roundId: a.roundId })).rejects.toEqual(
      rejection("not-found"),
    );
    await expect(saveVote(b.workshopId, ofB, { ...vote, roundId: randomUUID() })).rejects.toEqual(
      rejection("not-found"),
    );
    expect(await snapshot(b.workshopId)).toEqual(before);
  });

  it("turn malformed ids into not-found at the gate and in the vote's fast path, before any SQL sees them", async () => {
    const vote = { roundId: b.roundId, criterionId: "speed", score: 3 };
    const facilitatorOfB = { capabilityTokens: [b.facilitatorToken] };
    for (const bad of malformed) {
      const calls = [
        async () => parseWorkshopId(bad),
        () => saveVote(b.workshopId, { participantId: bad }, vote),
        () => saveVote(b.workshopId, { userId: bad }, vote),
        () => saveVote(b.workshopId, { guestToken: bad }, vote),
        () => joinWorkshop(bad, { displayName: "Eve", role: "other" }),
        // Every action the gate knows, asked by b's own facilitator, for a malformed workshop id.
        ...(Object.keys(permissions) as Action[]).map(
          (action) => () => grantFor(bad, action, facilitatorOfB),
        ),
      ];
      for (const call of calls) await expect(call()).rejects.toEqual(rejection("not-found"));
    }
  });

  it("refuse facilitator writes on workshops that do not exist, and cross-workshop removals", async () => {
    const before = await snapshot(b.workshopId);
    const nobody = randomUUID();
    const ofB = b.participants[0]!.participantId;
    for (const call of [
      () =>
        asFacilitator({ workshopId: nobody, facilitatorToken: a.facilitatorToken }, "round.reveal"),
      () =>
        asFacilitator(
          { workshopId: nobody, facilitatorToken: a.facilitatorToken },
          "workshop.delete",
        ),
      async () => removeParticipant(await asFacilitator(a, "participant.remove"), ofB),
    ]) {
      await expect(call()).rejects.toEqual(rejection("not-found"));
    }
    expect(await snapshot(b.workshopId)).toEqual(before);
  });

  it("keep reads to the workshop they name", async () => {
    // a's participant is nobody in b, and a's facilitator link facilitates nothing there.
    await expect(asGuest(b.workshopId, a.participants[0]!, "ballot.view")).rejects.toEqual(
      rejection("forbidden"),
    );
    await expect(
      grantFor(b.workshopId, "workshop.watch", {
        capabilityTokens: [a.facilitatorToken],
        guestToken: a.participants[0]!.guestToken,
      }),
    ).rejects.toEqual(rejection("forbidden"));
    expect(await findWorkshopByInviteToken(newToken())).toBeNull();
    expect(await findWorkshopByInviteToken("short")).toBeNull();
    expect(await findFacilitatorCapability(b.participants[0]!.guestToken)).toBeNull();
  });

  it("check the criterion against the workshop's own frozen framework", async () => {
    const ofB = { participantId: b.participants[0]!.participantId };
    await dropFromFramework(b.workshopId, "cost");
    await expect(
      saveVote(b.workshopId, ofB, { roundId: b.roundId, criterionId: "cost", score: 2 }),
    ).rejects.toEqual(
      expect.objectContaining({
        code: "invalid-input",
        fields: { "answers.0.criterionId": "unknown-criterion" },
      }),
    );
    expect(
      (await getBallotView(await asParticipant(b, ofB.participantId, "ballot.view"))).criteria.map(
        (c) => c.id,
      ),
    ).toEqual(["governance", "speed", "skills"]);
  });
});

describe("saving a vote", () => {
  it("is idempotent: resubmitting leaves one row and one audit event", async () => {
    const w = await startWorkshop({ participants: 1 });
    const voter = { participantId: w.participants[0]!.participantId };
    const vote = { roundId: w.roundId, criterionId: "governance", score: 4, rationale: "Audits" };
    for (let attempt = 0; attempt < 3; attempt += 1) await saveVote(w.workshopId, voter, vote);
    const { rows } = await db.pool.query(
      `SELECT criterion_id, score, rationale FROM votes WHERE round_id = $1`,
      [w.roundId],
    );
    expect(rows).toEqual([{ criterion_id: "governance", score: 4, rationale: "Audits" }]);
    expect((await auditActions(w.workshopId)).filter((a) => a === "vote.saved")).toHaveLength(1);
  });

  it("keeps the rationale when it is left out, and clears it when it is blank", async () => {
    const w = await startWorkshop({ participants: 1 });
    const voter = { participantId: w.participants[0]!.participantId };
    const key = { roundId: w.roundId, criterionId: "speed" };
    await saveVote(w.workshopId, voter, { ...key, score: 2, rationale: "Quarterly retrains" });
    await saveVote(w.workshopId, voter, { ...key, score: 3 });
    expect(
      (await getBallotView(await asParticipant(w, voter.participantId, "ballot.view"))).votes,
    ).toEqual([{ criterionId: "speed", score: 3, rationale: "Quarterly retrains" }]);
    await saveVote(w.workshopId, voter, { ...key, score: null, rationale: null });
    expect(
      (await getBallotView(await asParticipant(w, voter.participantId, "ballot.view"))).votes,
    ).toEqual([{ criterionId: "speed", score: null, rationale: null }]);
  });

  it("saves a whole ballot in one go, each answer keeping or replacing its own rationale", async () => {
    const w = await startWorkshop({ participants: 1 });
    const voter = { participantId: w.participants[0]!.participantId };
    await saveVote(w.workshopId, voter, {
      roundId: w.roundId,
      criterionId: "speed",
      score: 2,
      rationale: "Quarterly retrains",
    });
    await saveAnswers(w.workshopId, voter, {
      roundId: w.roundId,
      answers: [
        { criterionId: "governance", score: 5, rationale: "Regulated" },
        { criterionId: "speed", score: 3 },
        { criterionId: "skills", score: null, rationale: null },
        { criterionId: "cost", score: 1 },
      ],
    });
    const votes = (await getBallotView(await asParticipant(w, voter.participantId, "ballot.view")))
      .votes;
    expect(votes.sort((a, b) => a.criterionId.localeCompare(b.criterionId))).toEqual([
      { criterionId: "cost", score: 1, rationale: null },
      { criterionId: "governance", score: 5, rationale: "Regulated" },
      { criterionId: "skills", score: null, rationale: null },
      { criterionId: "speed", score: 3, rationale: "Quarterly retrains" },
    ]);
    expect((await auditActions(w.workshopId)).filter((a) => a === "vote.saved")).toHaveLength(1);
  });

  it("saves none of a ballot's answers when one of them is refused, and names that one", async () => {
    const w = await startWorkshop({ participants: 1 });
    const voter = { participantId: w.participants[0]!.participantId };
    await dropFromFramework(w.workshopId, "skills");
    const answers = ["governance", "speed", "skills"].map((criterionId) => ({
      criterionId,
      score: 4,
    }));
    await expect(saveAnswers(w.workshopId, voter, { roundId: w.roundId, answers })).rejects.toEqual(
      expect.objectContaining({
        code: "invalid-input",
        fields: { "answers.2.criterionId": "unknown-criterion" },
      }),
    );
    expect(
      (await getBallotView(await asParticipant(w, voter.participantId, "ballot.view"))).votes,
    ).toEqual([]);
  });

  it("authenticates the voter by guest token or account in the same statement", async () => {
    const w = await startWorkshop({ participants: 1 });
    const guest = w.participants[0]!;
    await saveVote(
      w.workshopId,
      { guestToken: guest.guestToken },
      { roundId: w.roundId, criterionId: "cost", score: 1 },
    );
    const member = await joinWithNewAccount(w, {
      displayName: "Signed In",
      role: "product_business",
    });
    const { userId } = member;
    await saveVote(w.workshopId, { userId }, { roundId: w.roundId, criterionId: "cost", score: 5 });
    const { rows } = await db.pool.query(
      `SELECT participant_id, score FROM votes WHERE round_id = $1 ORDER BY score`,
      [w.roundId],
    );
    expect(rows).toEqual([
      { participant_id: guest.participantId, score: 1 },
      { participant_id: member.participantId, score: 5 },
    ]);
  });
});

describe("joining", () => {
  it("gives a signed-in user their existing participant back, without a guest token", async () => {
    const w = await startWorkshop();
    const { userId, ...first } = await joinWithNewAccount(w, { displayName: "Mo", role: "other" });
    const again = await joinWorkshop(
      w.inviteToken,
      { displayName: "Mo again", role: "other" },
      { userId },
    );
    expect(first.guestToken).toBeNull();
    expect(again).toEqual(first);
    expect(
      (await getFacilitatorView(await asFacilitator(w, "facilitator-view.view"))).participants.map(
        (p) => p.displayName,
      ),
    ).toEqual(["Mo"]);
    const actor = await resolveActor(w.workshopId, { capabilityTokens: [], userId });
    expect(actor).toMatchObject({ userId, participantId: first.participantId });
    expect(await auditActions(w.workshopId)).toEqual(["workshop.created", "participant.joined"]);
  });

  it("refuses unknown links and a removed account", async () => {
    const w = await startWorkshop();
    await expect(joinWorkshop(newToken(), { displayName: "X", role: "other" })).rejects.toEqual(
      rejection("not-found"),
    );
    const { userId, ...joined } = await joinWithNewAccount(w, { displayName: "Mo", role: "other" });
    await removeParticipant(await asFacilitator(w, "participant.remove"), joined.participantId);
    await expect(
      joinWorkshop(w.inviteToken, { displayName: "Mo", role: "other" }, { userId }),
    ).rejects.toEqual(rejection("participant-removed"));
  });
});

describe("removing a participant", () => {
  it("stops their votes and views, drops them from counts and from the next round's prefill", async () => {
    const w = await startWorkshop({ participants: 2 });
    const [kept, removed] = w.participants as [
      StartedWorkshop["participants"][0],
      StartedWorkshop["participants"][0],
    ];
    for (const p of w.participants) {
      await saveVote(
        w.workshopId,
        { participantId: p.participantId },
        { roundId: w.roundId, criterionId: "speed", score: 4 },
      );
    }
    // A grant made before the removal (a page that was already loading) still finds the ballot
    // gone; a new one is not made at all.
    const stale = await asParticipant(w, removed.participantId, "ballot.view");
    const remove = await asFacilitator(w, "participant.remove");
    await removeParticipant(remove, removed.participantId);
    await removeParticipant(remove, removed.participantId);

    await expect(
      saveVote(
        w.workshopId,
        { guestToken: removed.guestToken },
        { roundId: w.roundId, criterionId: "cost", score: 4 },
      ),
    ).rejects.toEqual(rejection("participant-removed"));
    await expect(getBallotView(stale)).rejects.toEqual(rejection("participant-removed"));
    await expect(asParticipant(w, removed.participantId, "ballot.view")).rejects.toEqual(
      rejection("forbidden"),
    );
    const actor = await resolveActor(w.workshopId, {
      capabilityTokens: [],
      guestToken: removed.guestToken,
    });
    expect(actor.participantId).toBeUndefined();
    const view = await getFacilitatorView(await asFacilitator(w, "facilitator-view.view"));
    expect(view.participants.map((p) => p.handle)).toEqual([
      deriveParticipantHandle(authSecret(), w.workshopId, kept.participantId),
    ]);
    expect(JSON.stringify(view)).not.toContain(kept.participantId);
    expect(await findParticipantByHandle(remove, view.participants[0]!.handle)).toBe(
      kept.participantId,
    );
    const removedHandle = deriveParticipantHandle(
      authSecret(),
      w.workshopId,
      removed.participantId,
    );
    expect(await findParticipantByHandle(remove, removedHandle)).toBe(removed.participantId);
    expect(await findParticipantByHandle(remove, "A".repeat(22))).toBeNull();
    expect(view.counts.joined).toBe(1);

    await revealRound(await asFacilitator(w, "round.reveal"));
    const next = await openNextRound(await asFacilitator(w, "round.open"));
    const { rows } = await db.pool.query(`SELECT participant_id FROM votes WHERE round_id = $1`, [
      next.roundId,
    ]);
    expect(rows).toEqual([{ participant_id: kept.participantId }]);
    expect(
      (await auditActions(w.workshopId)).filter((a) => a === "participant.removed"),
    ).toHaveLength(1);
  });
});

describe("rounds", () => {
  it("open a next round only after the reveal, and not in a closed workshop", async () => {
    const w = await startWorkshop();
    await expect(openNextRound(await asFacilitator(w, "round.open"))).rejects.toEqual(
      rejection("round-not-revealed"),
    );
    await revealRound(await asFacilitator(w, "round.reveal"));
    await closeWorkshop(await asFacilitator(w, "workshop.close"));
    await expect(openNextRound(await asFacilitator(w, "round.open"))).rejects.toEqual(
      rejection("workshop-closed"),
    );
  });

  it("open exactly one next round when asked twice at once", async () => {
    const w = await startWorkshop();
    await revealRound(await asFacilitator(w, "round.reveal"));
    const open = await asFacilitator(w, "round.open");
    const results = await Promise.allSettled([openNextRound(open), openNextRound(open)]);
    expect(results.map((r) => r.status).toSorted()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "round-not-revealed" },
    });
    expect(
      (await getFacilitatorView(await asFacilitator(w, "facilitator-view.view"))).rounds.map(
        (r) => r.number,
      ),
    ).toEqual([1, 2]);
  });
});

describe("rotating the invite", () => {
  it("retires the old link and hands out a new one that the facilitator view shows", async () => {
    const w = await startWorkshop();
    const first = await rotateInvite(await asFacilitator(w, "invite.rotate"));
    const second = await rotateInvite(await asFacilitator(w, "invite.rotate"));
    expect(new Set([w.inviteToken, first.inviteToken, second.inviteToken]).size).toBe(3);

    for (const old of [w.inviteToken, first.inviteToken]) {
      expect(await findWorkshopByInviteToken(old)).toBeNull();
      await expect(joinWorkshop(old, { displayName: "Late", role: "other" })).rejects.toEqual(
        rejection("not-found"),
      );
    }
    expect(await findWorkshopByInviteToken(second.inviteToken)).toMatchObject({ id: w.workshopId });
    expect(
      (await getFacilitatorView(await asFacilitator(w, "facilitator-view.view"))).inviteToken,
    ).toBe(second.inviteToken);
    await joinWorkshop(second.inviteToken, { displayName: "On time", role: "other" });
    expect(await auditActions(w.workshopId)).toEqual([
      "workshop.created",
      "invite.rotated",
      "invite.rotated",
      "participant.joined",
    ]);
  });
});

describe("replacing the facilitator link", () => {
  it("revokes every capability of the workshop at once and makes one new one", async () => {
    const ownerId = await createUser();
    const w = await startWorkshop({ ownerUserId: ownerId });
    const other = await startWorkshop();
    // A second capability of the same workshop, as an earlier re-issue would have left.
    const second = newToken();
    await db.pool.query(
      `INSERT INTO facilitator_capabilities (workshop_id, token_hash) VALUES ($1, $2)`,
      [w.workshopId, hashToken(second)],
    );
    expect(await findFacilitatorCapability(second)).toMatchObject({ workshopId: w.workshopId });

    const { facilitatorToken } = await rotateFacilitatorLink(
      await asFacilitator(w, "facilitator-link.rotate"),
    );
    for (const old of [w.facilitatorToken, second]) {
      expect(await findFacilitatorCapability(old)).toBeNull();
      const actor = await resolveActor(w.workshopId, { capabilityTokens: [old] });
      expect(actor.facilitatorOf.size).toBe(0);
    }
    expect(await findFacilitatorCapability(facilitatorToken)).toMatchObject({
      workshopId: w.workshopId,
    });
    const owner = await resolveActor(w.workshopId, { capabilityTokens: [], userId: ownerId });
    expect([...owner.facilitatorOf]).toEqual([w.workshopId]);
    // Another workshop's link is untouched.
    expect(await findFacilitatorCapability(other.facilitatorToken)).not.toBeNull();

    const again = await rotateFacilitatorLink(
      await asUser(w.workshopId, ownerId, "facilitator-link.rotate"),
    );
    expect(await findFacilitatorCapability(facilitatorToken)).toBeNull();
    expect(await findFacilitatorCapability(again.facilitatorToken)).not.toBeNull();
    const { rows } = await db.pool.query(
      `SELECT action, data FROM audit_events WHERE workshop_id = $1 AND action = 'facilitator-link.rotated' ORDER BY id`,
      [w.workshopId],
    );
    expect(rows).toEqual([
      { action: "facilitator-link.rotated", data: { revoked: 2 } },
      { action: "facilitator-link.rotated", data: { revoked: 1 } },
    ]);
  });

  it("leaves exactly one working link when two replacements race", async () => {
    const w = await startWorkshop();
    const rotate = await asFacilitator(w, "facilitator-link.rotate");
    const [a, b] = await Promise.all([
      rotateFacilitatorLink(rotate),
      rotateFacilitatorLink(rotate),
    ]);
    const working = await Promise.all(
      [a.facilitatorToken, b.facilitatorToken].map(findFacilitatorCapability),
    );
    expect(working.filter((capability) => capability !== null)).toHaveLength(1);
  });
});

describe("deleting a workshop", () => {
  it("removes everything about it, leaves other workshops alone and records the deletion", async () => {
    const doomed = await startWorkshop({ participants: 2 });
    const other = await startWorkshop({ participants: 1 });
    for (const w of [doomed, other]) {
      await saveVote(
        w.workshopId,
        { participantId: w.participants[0]!.participantId },
        { roundId: w.roundId, criterionId: "skills", score: 3 },
      );
    }
    const otherBefore = await snapshot(other.workshopId);

    // A second request gets no grant; one that held a grant already finds nothing to delete.
    const grant = await asFacilitator(doomed, "workshop.delete");
    await deleteWorkshop(grant);
    await expect(deleteWorkshop(grant)).rejects.toEqual(rejection("not-found"));
    await expect(asFacilitator(doomed, "workshop.delete")).rejects.toEqual(rejection("not-found"));

    const { rows } = await db.pool.query(
      `SELECT
        (SELECT count(*) FROM workshops WHERE id = $1)::int AS workshops,
        (SELECT count(*) FROM participants WHERE workshop_id = $1)::int AS participants,
        (SELECT count(*) FROM rounds WHERE workshop_id = $1)::int AS rounds,
        (SELECT count(*) FROM votes WHERE workshop_id = $1)::int AS votes,
        (SELECT count(*) FROM facilitator_capabilities WHERE workshop_id = $1)::int AS capabilities,
        (SELECT count(*) FROM audit_events WHERE workshop_id = $1)::int AS audit_events`,
      [doomed.workshopId],
    );
    expect(rows[0]).toEqual({
      workshops: 0,
      participants: 0,
      rounds: 0,
      votes: 0,
      capabilities: 0,
      audit_events: 0,
    });
    expect(await findWorkshopByInviteToken(doomed.inviteToken)).toBeNull();
    expect(await findFacilitatorCapability(doomed.facilitatorToken)).toBeNull();
    await expect(asFacilitator(doomed, "facilitator-view.view")).rejects.toEqual(
      rejection("not-found"),
    );

    const { rows: deletion } = await db.pool.query(
      `SELECT workshop_id, actor_kind, actor_id, data FROM audit_events WHERE action = 'workshop.deleted'`,
    );
    expect(deletion).toEqual([
      {
        workshop_id: null,
        actor_kind: "facilitator",
        actor_id:
          doomed.facilitator.kind === "facilitator" ? doomed.facilitator.capabilityId : null,
        data: { workshopId: doomed.workshopId },
      },
    ]);
    expect(await snapshot(other.workshopId)).toEqual(otherBefore);
  });
});

describe("facilitator credentials", () => {
  it("come from a capability that is not revoked, or from owning the workshop", async () => {
    const ownerId = await createUser();
    const w = await startWorkshop({ ownerUserId: ownerId });
    const byCapability = await resolveActor(w.workshopId, {
      capabilityTokens: ["junk", w.facilitatorToken],
    });
    expect([...byCapability.facilitatorOf]).toEqual([w.workshopId]);
    expect(byCapability.capabilityId).toBeDefined();
    const byOwnership = await resolveActor(w.workshopId, { capabilityTokens: [], userId: ownerId });
    expect([...byOwnership.facilitatorOf]).toEqual([w.workshopId]);
    const stranger = await resolveActor(w.workshopId, {
      capabilityTokens: [],
      userId: await createUser(),
    });
    expect(stranger.facilitatorOf.size).toBe(0);

    await db.pool.query(
      `UPDATE facilitator_capabilities SET revoked_at = now() WHERE workshop_id = $1`,
      [w.workshopId],
    );
    expect(await findFacilitatorCapability(w.facilitatorToken)).toBeNull();
    const revoked = await resolveActor(w.workshopId, { capabilityTokens: [w.facilitatorToken] });
    expect(revoked.facilitatorOf.size).toBe(0);
    const { rows } = await db.pool.query(
      `SELECT actor_kind, actor_id FROM audit_events WHERE workshop_id = $1`,
      [w.workshopId],
    );
    expect(rows).toEqual([{ actor_kind: "user", actor_id: ownerId }]);
  });

  it("record their last use at most once an hour", async () => {
    const w = await startWorkshop();
    const capability = await findFacilitatorCapability(w.facilitatorToken);
    const lastUsed = async () =>
      (
        await db.pool.query(`SELECT last_used_at FROM facilitator_capabilities WHERE id = $1`, [
          capability!.capabilityId,
        ])
      ).rows[0].last_used_at;
    expect(await lastUsed()).toBeNull();
    await touchCapability(capability!.capabilityId);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await touchCapability(capability!.capabilityId);
    expect(await lastUsed()).toEqual(first);
  });
});

describe("claiming workshops after signing in", () => {
  it("makes the user the owner only of chosen, unowned workshops that the browser started", async () => {
    const userId = await createUser();
    const someoneElse = await createUser();
    const thisBrowser = newToken();
    const unowned = await startWorkshop({ participants: 1, starterKey: thisBrowser });
    const owned = await startWorkshop({ ownerUserId: someoneElse, starterKey: thisBrowser });
    const elsewhere = await startWorkshop({ starterKey: newToken() });
    const notHeld = await startWorkshop();
    const notChosen = await startWorkshop({ starterKey: thisBrowser });
    const chosen = [unowned.workshopId, owned.workshopId, elsewhere.workshopId, notHeld.workshopId];

    const offer = (w: StartedWorkshop) => ({
      id: w.workshopId,
      title: workshopInput.title,
      teamName: workshopInput.teamName,
    });
    // Newest first, and never more than asked for.
    expect(await findClaimableWorkshops(thisBrowser, 20)).toEqual([notChosen, unowned].map(offer));
    expect(await findClaimableWorkshops(thisBrowser, 1)).toEqual([offer(notChosen)]);
    expect(await findClaimableWorkshops("junk", 20)).toEqual([]);
    expect(await findClaimableWorkshops(undefined, 20)).toEqual([]);

    // Holding the facilitator link is not enough: that is what a leaked link gives a stranger.
    expect(await claimWorkshops(userId, undefined, chosen)).toEqual([]);
    expect(await claimWorkshops(userId, elsewhere.facilitatorToken, chosen)).toEqual([]);
    expect(await claimWorkshops(userId, "junk", chosen)).toEqual([]);
    expect(await claimWorkshops(userId, thisBrowser, [])).toEqual([]);
    expect(await claimWorkshops(userId, thisBrowser, chosen)).toEqual([unowned.workshopId]);
    expect(await claimWorkshops(userId, thisBrowser, chosen)).toEqual([]);
    expect(await findClaimableWorkshops(thisBrowser, 20)).toEqual([offer(notChosen)]);
    const { rows: keys } = await db.pool.query(
      `SELECT id, started_in_browser_hash IS NOT NULL AS "keyed" FROM workshops WHERE id = ANY($1::uuid[])`,
      [[unowned.workshopId, owned.workshopId]],
    );
    // Claimed, the key goes; and a workshop started signed in never had one.
    expect(keys).toEqual(
      expect.arrayContaining([
        { id: unowned.workshopId, keyed: false },
        { id: owned.workshopId, keyed: false },
      ]),
    );

    const mine = await listWorkshopsOwnedBy(userId);
    expect(mine).toEqual([
      {
        id: unowned.workshopId,
        title: workshopInput.title,
        teamName: workshopInput.teamName,
        mode: "live",
        status: "open",
        createdAt: expect.any(Date),
        currentRound: { number: 1, status: "open" },
        participants: 1,
      },
    ]);
    expect((await listWorkshopsOwnedBy(someoneElse)).map((w) => w.id)).toEqual([owned.workshopId]);
    const { rows } = await db.pool.query(`SELECT owner_id FROM workshops WHERE id = $1`, [
      notHeld.workshopId,
    ]);
    expect(rows).toEqual([{ owner_id: null }]);
    expect(await auditActions(unowned.workshopId)).toContain("workshop.claimed");
  });
});

describe("creating a workshop", () => {
  it("freezes a copy of the framework and stores only hashes of its secrets", async () => {
    const { workshopId, facilitatorToken } = await createWorkshop({
      ...workshopInput,
      mode: "async",
      deadline: new Date(Date.now() + 3_600_000),
      deadlineAction: "close",
      anonymous: true,
      teamSize: 7,
    });
    const { rows } = await db.pool.query(
      `SELECT w.framework, w.mode, w.deadline_action, w.anonymous, w.team_size, w.invite_token_hash, c.token_hash
       FROM workshops w JOIN facilitator_capabilities c ON c.workshop_id = w.id WHERE w.id = $1`,
      [workshopId],
    );
    expect(rows[0]).toMatchObject({
      framework: JSON.parse(JSON.stringify(mlLifecycle)),
      mode: "async",
      deadline_action: "close",
      anonymous: true,
      team_size: 7,
    });
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows[0])).not.toContain(facilitatorToken);
    const view = await getFacilitatorView(
      await asFacilitator({ workshopId, facilitatorToken }, "facilitator-view.view"),
    );
    expect(JSON.stringify(rows[0])).not.toContain(view.inviteToken);
  });
});

describe("the audit trail", () => {
  it("never holds a score or a rationale", async () => {
    const w = await startWorkshop({ participants: 1 });
    for (const criterionId of criteria) {
      await saveVote(
        w.workshopId,
        { participantId: w.participants[0]!.participantId },
        { roundId: w.roundId, criterionId, score: 5, rationale: "Secret reasoning" },
      );
    }
    const { rows } = await db.pool.query(`SELECT data FROM audit_events WHERE workshop_id = $1`, [
      w.workshopId,
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/score|rationale|Secret reasoning/i);
    expect(rows).toContainEqual({ data: { roundId: w.roundId } });
  });
});

describe("who votes when a browser holds a removed guest cookie and an account", () => {
  it("saves to the ballot the gate names, the account's, and refuses a removed guest alone", async () => {
    const w = await startWorkshop({ participants: 1 });
    const removedGuest = w.participants[0]!;
    const { userId, ...member } = await joinWithNewAccount(w, {
      displayName: "Signed in",
      role: "ml_engineer",
    });
    await removeParticipant(
      await asFacilitator(w, "participant.remove"),
      removedGuest.participantId,
    );

    // The page's view of who this browser is (the gate) and the save agree.
    const actor = await resolveActor(w.workshopId, {
      capabilityTokens: [],
      guestToken: removedGuest.guestToken,
      userId,
    });
    expect(actor.participantId).toBe(member.participantId);
    await saveAnswers(
      w.workshopId,
      { guestToken: removedGuest.guestToken, userId },
      { roundId: w.roundId, answers: [{ criterionId: "governance", score: 4 }] },
    );
    const { rows } = await db.pool.query(
      "SELECT participant_id FROM votes WHERE round_id = $1 AND criterion_id = 'governance'",
      [w.roundId],
    );
    expect(rows).toEqual([{ participant_id: member.participantId }]);

    // Without the account, the removed guest is told so.
    await expect(
      saveAnswers(
        w.workshopId,
        { guestToken: removedGuest.guestToken },
        { roundId: w.roundId, answers: [{ criterionId: "speed", score: 2 }] },
      ),
    ).rejects.toEqual(rejection("participant-removed"));
  });
});

// Results, weights and share links through the real domain functions, against a real
// PostgreSQL: what loadResults reads (revealed rounds only, removals, anonymity, Delphi rounds),
// setting weights, and share links from creation to revocation, expiry and deletion.
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { deriveBallotPseudonym, deriveShareToken, newToken } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db/prisma";
import { authSecret } from "@/lib/env";
import { mlLifecycle } from "@/lib/frameworks";
import { recommend, type Ballot } from "@/lib/scoring";
import {
  deleteWorkshop,
  openNextRound,
  removeParticipant,
  revealRound,
  saveVote,
  setWeights,
} from "@/lib/workshops/mutations";
import {
  createShareLink,
  findSharedResults,
  listShareLinks,
  revokeShareLink,
} from "@/lib/workshops/share-links";
import {
  asFacilitator,
  asParticipant,
  criteria,
  startWorkshop,
  type StartedWorkshop,
} from "@/lib/workshops/test-fixtures";
import { resultsForMember, resultsForShareLink } from "./access";
import { ballotsCsv } from "./csv";
import { loadResults } from "./data";
import { buildResultsView } from "./view-model";

/** What a new share link shows unless the facilitator chooses more. */
const CAREFUL_LINK = { showNames: false, showReasons: true, showCsv: false };

// The worked example of docs/scoring.md (lib/scoring/test-fixtures.ts), in the order of
// `criteria`: governance, speed, skills, cost.
const WORKED: readonly (readonly number[])[] = [
  [5, 3, 4, 3],
  [4, 3, 4, 3],
  [5, 4, 3, 3],
  [4, 2, 4, 4],
];

const REASON = "We are audited by the regulator every quarter";

function rejection(code: string) {
  return expect.objectContaining({ name: "AppError", code });
}

async function vote(
  w: StartedWorkshop,
  participantId: string,
  scores: readonly (number | null)[],
  roundId = w.roundId,
) {
  for (const [i, criterionId] of criteria.entries()) {
    await saveVote(
      w.workshopId,
      { participantId },
      { roundId, criterionId, score: scores[i] ?? null },
    );
  }
}

/** The worked example's ballots by the first four participants, one with a rationale. */
async function voteWorkedExample(w: StartedWorkshop) {
  for (const [i, scores] of WORKED.entries()) {
    await vote(w, w.participants[i]!.participantId, scores);
  }
  await saveVote(
    w.workshopId,
    { participantId: w.participants[0]!.participantId },
    { roundId: w.roundId, criterionId: "governance", score: 5, rationale: REASON },
  );
}

function workedBallots(w: StartedWorkshop): Ballot[] {
  return WORKED.map((scores, i) => ({
    participantId: w.participants[i]!.participantId,
    votes: Object.fromEntries(criteria.map((id, c) => [id, scores[c] ?? null])),
  }));
}

function byParticipant(ballots: readonly Ballot[]): Record<string, Ballot["votes"]> {
  return Object.fromEntries(ballots.map((b) => [b.participantId, b.votes]));
}

async function auditEvents(workshopId: string, actions: string[]) {
  return prisma().auditEvent.findMany({
    where: { workshopId, action: { in: actions } },
    orderBy: { id: "asc" },
    select: { action: true, actorKind: true, actorId: true, data: true },
  });
}

/** One share link of each kind, made by the facilitator: a live one and a snapshot. */
async function liveAndSnapshotLinks(w: StartedWorkshop, liveLabel: string, snapshotLabel: string) {
  return {
    live: await createShareLink(await asFacilitator(w, "share-link.create"), {
      ...CAREFUL_LINK,
      label: liveLabel,
      mode: "live",
    }),
    snapshot: await createShareLink(await asFacilitator(w, "share-link.create"), {
      ...CAREFUL_LINK,
      label: snapshotLabel,
      mode: "snapshot",
    }),
  };
}

function facilitatorId(w: StartedWorkshop): string | null {
  return w.facilitator.kind === "facilitator" ? w.facilitator.capabilityId : null;
}

describe("loading results", () => {
  it("reads nothing of an open round, then the revealed round's ballots and rationales", async () => {
    const w = await startWorkshop({ participants: 4 });
    await voteWorkedExample(w);

    const before = await loadResults(w.workshopId);
    expect(before.rounds).toEqual([]);
    expect(before.participants).toEqual([]);
    expect(before.latestRound).toEqual({ number: 1, status: "open" });
    expect(before.weights).toBeNull();
    expect(before.workshop).toEqual({
      id: w.workshopId,
      title: "How should our models reach production?",
      teamName: "Fraud ML",
      description: "Quarterly workflow review",
      anonymous: false,
      teamSize: null,
      mode: "live",
      status: "open",
    });
    expect(before.framework).toEqual(mlLifecycle);
    const json = JSON.stringify(before);
    expect(json).not.toContain(REASON);
    for (const p of w.participants) expect(json).not.toContain(p.participantId);
    expect(json).not.toContain("Person 1");
    expect(buildResultsView(before, { audience: "facilitator", locale: "en" })).toBeNull();

    const revealed = await revealRound(await asFacilitator(w, "round.reveal"));
    const after = await loadResults(w.workshopId);
    expect(after.latestRound).toEqual({ number: 1, status: "revealed" });
    expect(after.rounds).toHaveLength(1);
    const [round] = after.rounds;
    expect(round?.id).toBe(revealed.roundId);
    expect(round?.number).toBe(1);
    expect(round?.revealedAt).toBeInstanceOf(Date);
    expect(round?.ballots).toHaveLength(4);
    expect(byParticipant(round?.ballots ?? [])).toEqual(byParticipant(workedBallots(w)));
    expect(round?.rationales).toEqual([
      {
        participantId: w.participants[0]!.participantId,
        criterionId: "governance",
        score: 5,
        text: REASON,
      },
    ]);
    // In joining order, with names and roles: the workshop is not anonymous.
    expect(after.participants).toEqual([
      { id: w.participants[0]!.participantId, displayName: "Person 1", role: "data_scientist" },
      { id: w.participants[1]!.participantId, displayName: "Person 2", role: "ml_engineer" },
      { id: w.participants[2]!.participantId, displayName: "Person 3", role: "compliance_risk" },
      { id: w.participants[3]!.participantId, displayName: "Person 4", role: "data_scientist" },
    ]);

    const view = buildResultsView(after, { audience: "facilitator", locale: "en" });
    expect(view?.headline).toMatchObject({
      optionId: "linear-handoff",
      name: "Linear Handoff",
      fit: "86.7",
      confidence: "medium",
    });
    expect(view?.criteria.find((c) => c.id === "governance")?.rationales).toEqual([
      { author: "Person 1", answer: "5 of 5", text: REASON },
    ]);
  });

  it("counts only the ballots of participants who were still there at the reveal", async () => {
    const w = await startWorkshop({ participants: 5 });
    await voteWorkedExample(w);
    const [first, , , , fifth] = w.participants as StartedWorkshop["participants"];
    await vote(w, fifth!.participantId, [1, 5, 3, 2]);
    await removeParticipant(await asFacilitator(w, "participant.remove"), fifth!.participantId);
    await revealRound(await asFacilitator(w, "round.reveal"));

    const atReveal = await loadResults(w.workshopId);
    expect(atReveal.rounds[0]?.ballots).toHaveLength(4);
    expect(byParticipant(atReveal.rounds[0]?.ballots ?? [])).toEqual(
      byParticipant(workedBallots(w)),
    );
    expect(atReveal.participants.map((p) => p.id)).not.toContain(fifth!.participantId);
    expect(JSON.stringify(atReveal)).not.toContain("Person 5");

    // Timestamps are kept to the millisecond: make sure the removal lands after the reveal.
    await sleep(5);
    await removeParticipant(await asFacilitator(w, "participant.remove"), first!.participantId);
    const later = await loadResults(w.workshopId);
    expect(later).toEqual(atReveal);
    expect(later.participants[0]).toEqual({
      id: first!.participantId,
      displayName: "Person 1",
      role: "data_scientist",
    });
    expect(buildResultsView(later, { audience: "member", locale: "en" })?.headline?.optionId).toBe(
      "linear-handoff",
    );
  });

  it("never reads names or roles of an anonymous workshop", async () => {
    const w = await startWorkshop({ participants: 4, input: { anonymous: true } });
    await voteWorkedExample(w);
    await revealRound(await asFacilitator(w, "round.reveal"));

    const source = await loadResults(w.workshopId);
    expect(source.workshop.anonymous).toBe(true);
    expect(source.participants).toEqual([]);
    expect(source.rounds[0]?.ballots).toHaveLength(4);
    expect(source.rounds[0]?.rationales.map((r) => r.text)).toEqual([REASON]);
    const json = JSON.stringify(source);
    for (const name of ["Person 1", "Person 2", "Person 3", "Person 4"]) {
      expect(json).not.toContain(name);
    }
    for (const role of ["data_scientist", "ml_engineer", "compliance_risk"]) {
      expect(json).not.toContain(role);
    }

    const view = buildResultsView(source, { audience: "facilitator", locale: "en" });
    expect(view?.people).toBeNull();
    expect(view?.criteria.find((c) => c.id === "governance")?.rationales).toEqual([
      { author: null, answer: "5 of 5", text: REASON },
    ]);
    const csv = ballotsCsv(source, 1, "facilitator", "en") ?? "";
    expect(csv).toContain("Participant 4");
    expect(csv).not.toContain("Person");
  });

  it("keeps anonymous ballots apart from participant ids and from the order people joined in", async () => {
    const w = await startWorkshop({ participants: 6, input: { anonymous: true } });
    // Each person scores governance with their place in the join order, so a ballot's score
    // says who cast it.
    for (const [index, participant] of w.participants.entries()) {
      await vote(w, participant.participantId, [index < 5 ? index + 1 : null, 3, 3, 3]);
    }
    await revealRound(await asFacilitator(w, "round.reveal"));
    const source = await loadResults(w.workshopId);
    const round = source.rounds[0]!;
    const json = JSON.stringify(source);
    for (const { participantId } of w.participants) expect(json).not.toContain(participantId);

    // The ballots come in the order of pseudonyms under the server secret, per round.
    const expected = w.participants
      .map((p, index) => ({
        pseudonym: deriveBallotPseudonym(authSecret(), round.id, p.participantId),
        governance: index < 5 ? index + 1 : null,
      }))
      .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : 1));
    expect(round.ballots.map((b) => b.participantId)).toEqual(expected.map((e) => e.pseudonym));
    expect(round.ballots.map((b) => b.votes.governance)).toEqual(expected.map((e) => e.governance));
    const rows = (ballotsCsv(source, 1, "facilitator", "en") ?? "").trim().split("\r\n").slice(1);
    expect(rows.map((row) => row.split(",")[2])).toEqual(
      expected.map((e) => (e.governance === null ? "not sure" : String(e.governance))),
    );
  });

  it("adds the next Delphi round once revealed and leaves the earlier one as it was", async () => {
    const w = await startWorkshop({ participants: 4 });
    await voteWorkedExample(w);
    await revealRound(await asFacilitator(w, "round.reveal"));
    const [round1] = (await loadResults(w.workshopId)).rounds;

    const next = await openNextRound(await asFacilitator(w, "round.open"));
    const [first, second, third, fourth] = w.participants.map((p) => p.participantId) as [
      string,
      string,
      string,
      string,
    ];
    await saveVote(
      w.workshopId,
      { participantId: fourth },
      { roundId: next.roundId, criterionId: "speed", score: 5, rationale: "Weekly releases now" },
    );
    const open = await loadResults(w.workshopId);
    expect(open.latestRound).toEqual({ number: 2, status: "open" });
    expect(open.rounds).toEqual([round1]);
    expect(JSON.stringify(open)).not.toContain("Weekly releases now");

    // Round 1's answers are only a starting point: the first two keep theirs (saving them as
    // they are), the third leaves them untouched and has not voted in round 2.
    const kept = byParticipant(workedBallots(w));
    for (const participantId of [first, second]) {
      await vote(
        w,
        participantId,
        criteria.map((id) => kept[participantId]?.[id] ?? null),
        next.roundId,
      );
    }
    await revealRound(await asFacilitator(w, "round.reveal"));
    const both = await loadResults(w.workshopId);
    expect(both.latestRound).toEqual({ number: 2, status: "revealed" });
    expect(both.rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(both.rounds[0]).toEqual(round1);
    const round2 = both.rounds[1];
    expect(round2?.id).toBe(next.roundId);
    // Those who voted in round 2: two kept answers, and one changed answer on round 1's others.
    const expected = byParticipant(workedBallots(w));
    expected[fourth] = { ...expected[fourth], speed: 5 };
    delete expected[third];
    expect(byParticipant(round2?.ballots ?? [])).toEqual(expected);
    expect(round2?.rationales.map((r) => r.text).sort()).toEqual(
      [REASON, "Weekly releases now"].sort(),
    );

    const view = buildResultsView(both, { audience: "facilitator", locale: "en" });
    expect(view?.round.number).toBe(2);
    expect(view?.history?.rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(
      buildResultsView(both, { audience: "member", locale: "en", roundNumber: 1 })?.history,
    ).toBeNull();
  });

  it("is not-found for unknown or malformed workshops and rounds of other workshops", async () => {
    const w = await startWorkshop({ participants: 1 });
    await vote(w, w.participants[0]!.participantId, [3, 3, 3, 3]);
    await revealRound(await asFacilitator(w, "round.reveal"));
    const other = await startWorkshop();
    await expect(loadResults(randomUUID())).rejects.toEqual(rejection("not-found"));
    await expect(loadResults("not-a-uuid")).rejects.toEqual(rejection("not-found"));
    await expect(loadResults(other.workshopId, { roundId: w.roundId })).rejects.toEqual(
      rejection("not-found"),
    );
    await expect(loadResults(w.workshopId, { roundId: "nope" })).rejects.toEqual(
      rejection("not-found"),
    );
    const one = await loadResults(w.workshopId, { roundId: w.roundId });
    expect(one.rounds.map((r) => r.id)).toEqual([w.roundId]);
  });

  it("tells the facilitator from a participant among the members the gate let in", async () => {
    const w = await startWorkshop({ participants: 1 });
    // Who the gate lets in at all is its matrix's business (lib/access/gate.db.test.ts).
    const facilitator = await resultsForMember(await asFacilitator(w, "results.view"));
    expect(facilitator.audience).toBe("facilitator");
    expect(facilitator.source.workshop.id).toBe(w.workshopId);
    const member = await resultsForMember(
      await asParticipant(w, w.participants[0]!.participantId, "results.view"),
    );
    expect(member.audience).toBe("member");
  });
});

describe("setting weights", () => {
  it("stores valid weights with an audit event, refuses unknown criteria and resets on null", async () => {
    const w = await startWorkshop();
    await setWeights(await asFacilitator(w, "weights.set"), {
      weights: { governance: 3, cost: 0 },
    });
    expect((await loadResults(w.workshopId)).weights).toEqual({ governance: 3, cost: 0 });

    await expect(
      setWeights(await asFacilitator(w, "weights.set"), {
        weights: { governance: 2, nonsense: 2 },
      }),
    ).rejects.toEqual(
      expect.objectContaining({
        name: "AppError",
        code: "invalid-input",
        fields: { weights: expect.any(String) },
      }),
    );
    expect((await loadResults(w.workshopId)).weights).toEqual({ governance: 3, cost: 0 });

    // No grant for a workshop that does not exist, or for an id that is not one.
    for (const workshopId of [randomUUID(), "not-a-uuid"]) {
      await expect(
        asFacilitator({ workshopId, facilitatorToken: w.facilitatorToken }, "weights.set"),
      ).rejects.toEqual(rejection("not-found"));
    }

    await setWeights(await asFacilitator(w, "weights.set"), { weights: null });
    expect((await loadResults(w.workshopId)).weights).toBeNull();

    expect(await auditEvents(w.workshopId, ["weights.set"])).toEqual([
      {
        action: "weights.set",
        actorKind: "facilitator",
        actorId: facilitatorId(w),
        data: { weights: { governance: 3, cost: 0 } },
      },
      {
        action: "weights.set",
        actorKind: "facilitator",
        actorId: facilitatorId(w),
        data: { weights: null },
      },
    ]);
  });

  it("changes the results the next time they are read", async () => {
    const w = await startWorkshop({ participants: 4 });
    await voteWorkedExample(w);
    await revealRound(await asFacilitator(w, "round.reveal"));
    await setWeights(await asFacilitator(w, "weights.set"), { weights: { governance: 3 } });
    const view = buildResultsView(await loadResults(w.workshopId), {
      audience: "facilitator",
      locale: "en",
    });
    const rec = recommend(mlLifecycle, workedBallots(w), { weights: { governance: 3 } });
    expect(view?.weights.set).toBe(true);
    expect(view?.ranking.map((r) => r.optionId)).toEqual(rec.ranking.map((r) => r.optionId));
    expect(view?.headline?.optionId).toBe(rec.recommended);
  });
});

describe("share links", () => {
  it("live links work before a reveal; snapshots need one", async () => {
    const w = await startWorkshop({ participants: 1 });
    const live = await createShareLink(await asFacilitator(w, "share-link.create"), {
      ...CAREFUL_LINK,
      label: "Steering group",
      mode: "live",
    });
    expect(live.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await findSharedResults(live.token)).toEqual({
      shareLinkId: live.shareLinkId,
      workshopId: w.workshopId,
      label: "Steering group",
      mode: "live",
      shows: { names: false, reasons: true, csv: false },
      snapshot: null,
    });
    const shared = await resultsForShareLink(live.token);
    expect(shared?.audience).toBe("share");
    expect(shared?.source.rounds).toEqual([]);
    expect(shared).not.toHaveProperty("weights");

    await expect(
      createShareLink(await asFacilitator(w, "share-link.create"), {
        ...CAREFUL_LINK,
        label: "Frozen",
        mode: "snapshot",
      }),
    ).rejects.toEqual(rejection("round-not-revealed"));
    expect(
      (await listShareLinks(await asFacilitator(w, "share-links.list"))).map((l) => l.id),
    ).toEqual([live.shareLinkId]);
  });

  it("freeze a snapshot's round and weights while live links follow the workshop", async () => {
    const w = await startWorkshop({ participants: 4 });
    await voteWorkedExample(w);
    await setWeights(await asFacilitator(w, "weights.set"), { weights: { governance: 3 } });
    const round1 = await revealRound(await asFacilitator(w, "round.reveal"));
    const { live, snapshot } = await liveAndSnapshotLinks(w, "Everyone", "Board, March");
    expect((await findSharedResults(snapshot.token))?.snapshot).toEqual({
      roundId: round1.roundId,
      weights: { governance: 3 },
      contract: 2,
    });

    await setWeights(await asFacilitator(w, "weights.set"), { weights: { speed: 2 } });
    expect(await findSharedResults(snapshot.token)).toEqual({
      shareLinkId: snapshot.shareLinkId,
      workshopId: w.workshopId,
      label: "Board, March",
      mode: "snapshot",
      shows: { names: false, reasons: true, csv: false },
      snapshot: { roundId: round1.roundId, weights: { governance: 3 }, contract: 2 },
    });

    await openNextRound(await asFacilitator(w, "round.open"));
    await revealRound(await asFacilitator(w, "round.reveal"));

    const frozen = await resultsForShareLink(snapshot.token);
    expect(frozen?.weights).toEqual({ governance: 3 });
    expect(frozen?.source.rounds.map((r) => r.number)).toEqual([1]);
    const frozenView = frozen && buildResultsView(frozen.source, { ...frozen, locale: "en" });
    const rec = recommend(mlLifecycle, workedBallots(w), { weights: { governance: 3 } });
    expect(frozenView?.weights.items.find((i) => i.id === "governance")?.weight).toBe(3);
    expect(frozenView?.ranking.map((r) => r.optionId)).toEqual(rec.ranking.map((r) => r.optionId));
    expect(frozenView?.people).toBeNull();

    const following = await resultsForShareLink(live.token);
    expect(following?.source.rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(following?.source.weights).toEqual({ speed: 2 });
    const liveView =
      following && buildResultsView(following.source, { ...following, locale: "en" });
    expect(liveView?.round.number).toBe(2);
    expect(liveView?.weights.items.find((i) => i.id === "speed")?.weight).toBe(2);

    const links = await listShareLinks(await asFacilitator(w, "share-links.list"));
    expect(links.map((l) => [l.id, l.mode, l.roundNumber, l.label])).toEqual(
      expect.arrayContaining([
        [live.shareLinkId, "live", null, "Everyone"],
        [snapshot.shareLinkId, "snapshot", 1, "Board, March"],
      ]),
    );
    expect(links).toHaveLength(2);
    for (let i = 1; i < links.length; i++) {
      expect(links[i - 1]!.createdAt.getTime()).toBeGreaterThanOrEqual(
        links[i]!.createdAt.getTime(),
      );
    }
    for (const link of links) {
      expect(link.revokedAt).toBeNull();
      expect(link.expiresAt).toBeNull();
      expect((await findSharedResults(link.token))?.shareLinkId).toBe(link.id);
    }
  });

  it("keep showing what they froze under scoring contract 1, labelled with it", async () => {
    // As the migration to contract 2 left them: the workshop froze the pipeline's speed at 4,
    // its round was revealed under contract 1, and the snapshot taken then says so.
    const w = await startWorkshop({ participants: 3 });
    for (const participant of w.participants)
      await vote(w, participant.participantId, [2, 5, 5, 5]);
    const { roundId } = await revealRound(await asFacilitator(w, "round.reveal"));
    const snapshot = await createShareLink(await asFacilitator(w, "share-link.create"), {
      ...CAREFUL_LINK,
      label: "Before the change",
      mode: "snapshot",
    });
    await prisma().$executeRaw`
      UPDATE workshops SET framework = jsonb_set(framework, '{options,2,profile,speed}', '4')
      WHERE id = ${w.workshopId}::uuid`;
    await prisma().$executeRaw`
      UPDATE rounds SET revealed_under_contract = 1 WHERE id = ${roundId}::uuid`;
    await prisma().$executeRaw`
      UPDATE share_links SET snapshot = snapshot - 'contract'
      WHERE id = ${snapshot.shareLinkId}::uuid`;

    const frozen = await resultsForShareLink(snapshot.token);
    expect(frozen?.contract).toBe(1);
    const frozenView = frozen && buildResultsView(frozen.source, { ...frozen, locale: "en" });
    expect(frozenView?.headline?.optionId).toBe("iterative-loop");
    expect(frozenView?.scoring).toEqual({ contract: 1, earlier: null });

    const teamView = buildResultsView(await loadResults(w.workshopId), {
      audience: "member",
      locale: "en",
    });
    expect(teamView?.headline?.optionId).toBe("continuous-delivery");
    expect(teamView?.scoring.earlier).toContain(
      "version 1 recommended the Iterative Feedback Loop",
    );
  });

  it("end when revoked or expired, and never match a malformed or unknown token", async () => {
    const w = await startWorkshop();
    const other = await startWorkshop();
    const link = await createShareLink(await asFacilitator(w, "share-link.create"), {
      ...CAREFUL_LINK,
      label: "Team wiki",
      mode: "live",
    });

    await expect(
      revokeShareLink(await asFacilitator(other, "share-link.revoke"), link.shareLinkId),
    ).rejects.toEqual(rejection("not-found"));
    await expect(
      revokeShareLink(await asFacilitator(w, "share-link.revoke"), randomUUID()),
    ).rejects.toEqual(rejection("not-found"));
    expect(await findSharedResults(link.token)).not.toBeNull();
    expect(
      (await listShareLinks(await asFacilitator(w, "share-links.list")))[0]?.revokedAt,
    ).toBeNull();

    await revokeShareLink(await asFacilitator(w, "share-link.revoke"), link.shareLinkId);
    expect(await findSharedResults(link.token)).toBeNull();
    expect(await resultsForShareLink(link.token)).toBeNull();
    // Revoking again changes nothing and records nothing.
    await revokeShareLink(await asFacilitator(w, "share-link.revoke"), link.shareLinkId);
    const [listed] = await listShareLinks(await asFacilitator(w, "share-links.list"));
    expect(listed?.revokedAt).toBeInstanceOf(Date);
    expect(listed?.token).toBe(link.token);

    const expiring = await createShareLink(await asFacilitator(w, "share-link.create"), {
      ...CAREFUL_LINK,
      label: "For a week",
      mode: "live",
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    });
    expect(await findSharedResults(expiring.token)).not.toBeNull();
    await prisma().$executeRaw`
      UPDATE share_links SET expires_at = CURRENT_TIMESTAMP - interval '1 minute'
      WHERE id = ${expiring.shareLinkId}::uuid`;
    expect(await findSharedResults(expiring.token)).toBeNull();
    expect(await resultsForShareLink(expiring.token)).toBeNull();

    for (const token of [
      "",
      "not-a-token",
      `${expiring.token}x`,
      "' OR 1=1 --",
      newToken(),
      deriveShareToken(authSecret(), randomUUID()),
    ]) {
      expect(await findSharedResults(token)).toBeNull();
    }

    const events = await auditEvents(w.workshopId, ["share-link.created", "share-link.revoked"]);
    expect(events).toEqual([
      {
        action: "share-link.created",
        actorKind: "facilitator",
        actorId: facilitatorId(w),
        data: { shareLinkId: link.shareLinkId, mode: "live", ...CAREFUL_LINK },
      },
      {
        action: "share-link.revoked",
        actorKind: "facilitator",
        actorId: facilitatorId(w),
        data: { shareLinkId: link.shareLinkId },
      },
      {
        action: "share-link.created",
        actorKind: "facilitator",
        actorId: facilitatorId(w),
        data: { shareLinkId: expiring.shareLinkId, mode: "live", ...CAREFUL_LINK },
      },
    ]);
    const json = JSON.stringify(events);
    for (const secret of [link.token, expiring.token, "Team wiki", "For a week"]) {
      expect(json).not.toContain(secret);
    }
    expect(await auditEvents(other.workshopId, ["share-link.revoked"])).toEqual([]);
  });

  it("die with their workshop", async () => {
    const w = await startWorkshop({ participants: 4 });
    await voteWorkedExample(w);
    await revealRound(await asFacilitator(w, "round.reveal"));
    const { live, snapshot } = await liveAndSnapshotLinks(w, "Live", "Frozen");
    expect(await findSharedResults(snapshot.token)).not.toBeNull();

    const list = await asFacilitator(w, "share-links.list");
    await deleteWorkshop(await asFacilitator(w, "workshop.delete"));
    expect(await findSharedResults(live.token)).toBeNull();
    expect(await findSharedResults(snapshot.token)).toBeNull();
    expect(await resultsForShareLink(live.token)).toBeNull();
    expect(await listShareLinks(list)).toEqual([]);
    await expect(loadResults(w.workshopId)).rejects.toEqual(rejection("not-found"));
  });
});

// A whole workshop through the domain layer, against a real PostgreSQL: create, three people
// join, vote (one "not sure"), the views show progress but no one else's answers, reveal, a late
// save is refused, round 2 starts prefilled, close.
import { describe, expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { findWorkshopByInviteToken, getBallotView, getFacilitatorView } from "./data";
import { grantFor } from "@/lib/access/gate";
import { closeWorkshop, joinWorkshop, openNextRound, revealRound, saveVote } from "./mutations";
import { asFacilitator, asGuest, startWorkshop, type StartedWorkshop } from "./test-fixtures";

const db = testDatabase();
let workshop: StartedWorkshop;
let ana: string;
let ben: string;
let cleo: string;
/** Each participant's guest token, by participant id. */
const guestTokens = new Map<string, string>();

async function ballotOf(participantId: string) {
  const guestToken = guestTokens.get(participantId);
  return getBallotView(
    await asGuest(workshop.workshopId, { guestToken: guestToken! }, "ballot.view"),
  );
}

const SECRET_REASON = "We are audited by the regulator every quarter";

function rejection(code: string) {
  return expect.objectContaining({ name: "AppError", code });
}

describe("a workshop from start to close", () => {
  it("is created with round 1 open and an invite link that finds it", async () => {
    workshop = await startWorkshop();
    const view = await getFacilitatorView(await asFacilitator(workshop, "facilitator-view.view"));
    expect(view.workshop).toMatchObject({
      title: "How should our models reach production?",
      teamName: "Fraud ML",
      description: "Quarterly workflow review",
      mode: "live",
      anonymous: false,
      status: "open",
      framework: { id: "ml-lifecycle", name: "Model lifecycle workflow" },
    });
    expect(view.currentRound).toMatchObject({ number: 1, status: "open" });
    expect(view.rounds).toHaveLength(1);
    expect(view.participants).toEqual([]);
    expect(view.counts).toEqual({ joined: 0, voted: 0 });
    expect(view.inviteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await findWorkshopByInviteToken(view.inviteToken)).toMatchObject({
      id: workshop.workshopId,
      title: "How should our models reach production?",
      status: "open",
    });
  });

  it("lets three people join; each guest cookie resolves to its own participant", async () => {
    const people = [];
    for (const [displayName, role] of [
      ["Ana", "data_scientist"],
      ["Ben", "ml_engineer"],
      ["Cleo", "compliance_risk"],
    ] as const) {
      const joined = await joinWorkshop(workshop.inviteToken, { displayName, role });
      expect(joined.workshopId).toBe(workshop.workshopId);
      expect(joined.guestToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const { actor } = await grantFor(workshop.workshopId, "ballot.view", {
        capabilityTokens: [],
        guestToken: joined.guestToken ?? undefined,
      });
      expect(actor.participantId).toBe(joined.participantId);
      expect(actor.facilitatorOf.size).toBe(0);
      guestTokens.set(joined.participantId, joined.guestToken!);
      people.push(joined.participantId);
    }
    [ana, ben, cleo] = people as [string, string, string];

    const view = await getFacilitatorView(await asFacilitator(workshop, "facilitator-view.view"));
    expect(
      view.participants.map(({ displayName, role, status }) => [displayName, role, status]),
    ).toEqual([
      ["Ana", "data_scientist", "not-started"],
      ["Ben", "ml_engineer", "not-started"],
      ["Cleo", "compliance_risk", "not-started"],
    ]);
    expect(view.counts).toEqual({ joined: 3, voted: 0 });
  });

  it("records votes, shows who voted but never what, and gives each ballot only its own answers", async () => {
    const round = { roundId: workshop.roundId };
    await saveVote(
      workshop.workshopId,
      { participantId: ana },
      { ...round, criterionId: "governance", score: 5, rationale: SECRET_REASON },
    );
    await saveVote(
      workshop.workshopId,
      { participantId: ana },
      { ...round, criterionId: "speed", score: 3 },
    );
    await saveVote(
      workshop.workshopId,
      { participantId: ana },
      { ...round, criterionId: "skills", score: 4 },
    );
    const saved = await saveVote(
      workshop.workshopId,
      { participantId: ana },
      { ...round, criterionId: "cost", score: null },
    );
    expect(saved.savedAt).toBeInstanceOf(Date);
    await saveVote(
      workshop.workshopId,
      { participantId: ben },
      { ...round, criterionId: "governance", score: 2 },
    );
    await saveVote(
      workshop.workshopId,
      { participantId: ben },
      { ...round, criterionId: "speed", score: 5 },
    );

    const facilitator = await getFacilitatorView(
      await asFacilitator(workshop, "facilitator-view.view"),
    );
    expect(facilitator.participants.map((p) => p.status)).toEqual([
      "voted",
      "in-progress",
      "not-started",
    ]);
    expect(facilitator.counts).toEqual({ joined: 3, voted: 1 });
    const facilitatorJson = JSON.stringify(facilitator);
    expect(facilitatorJson).not.toContain(SECRET_REASON);
    expect(facilitatorJson).not.toMatch(/score|rationale/i);

    const bens = await ballotOf(ben);
    expect(bens.workshop).toEqual({
      id: workshop.workshopId,
      title: "How should our models reach production?",
      teamName: "Fraud ML",
      description: "Quarterly workflow review",
    });
    expect(bens.criteria.map((c) => [c.id, c.kind])).toEqual([
      ["governance", "need"],
      ["speed", "need"],
      ["skills", "capacity"],
      ["cost", "capacity"],
    ]);
    expect(bens.criteria[0]?.anchors[5]).toContain("regulation");
    expect(bens.round).toEqual({ id: workshop.roundId, number: 1, status: "open" });
    expect(bens.votes).toEqual(
      expect.arrayContaining([
        { criterionId: "governance", score: 2, rationale: null },
        { criterionId: "speed", score: 5, rationale: null },
      ]),
    );
    expect(bens.votes).toHaveLength(2);
    expect(bens.counts).toEqual({ joined: 3, voted: 1 });
    expect(bens.editable).toBe(true);
    expect(JSON.stringify(bens)).not.toContain(SECRET_REASON);

    const anas = await ballotOf(ana);
    expect(anas.votes).toHaveLength(4);
    expect(anas.votes).toContainEqual({ criterionId: "cost", score: null, rationale: null });
    expect(anas.votes).toContainEqual({
      criterionId: "governance",
      score: 5,
      rationale: SECRET_REASON,
    });

    const cleos = await ballotOf(cleo);
    expect(cleos.votes).toEqual([]);
  });

  it("reveals the round once; a save after the reveal is refused and the ballot turns read-only", async () => {
    expect(await revealRound(await asFacilitator(workshop, "round.reveal"))).toEqual({
      roundId: workshop.roundId,
      number: 1,
    });
    await expect(revealRound(await asFacilitator(workshop, "round.reveal"))).rejects.toEqual(
      rejection("already-revealed"),
    );
    await expect(
      saveVote(
        workshop.workshopId,
        { participantId: cleo },
        { roundId: workshop.roundId, criterionId: "cost", score: 1 },
      ),
    ).rejects.toEqual(rejection("round-not-open"));
    const ballot = await ballotOf(cleo);
    expect(ballot.round.status).toBe("revealed");
    expect(ballot.editable).toBe(false);
    expect(ballot.votes).toEqual([]);
  });

  it("opens round 2 with each ballot prefilled from round 1, counting nobody as voted yet", async () => {
    const { roundId, number } = await openNextRound(await asFacilitator(workshop, "round.open"));
    expect(number).toBe(2);

    const anas = await ballotOf(ana);
    expect(anas.round).toEqual({ id: roundId, number: 2, status: "open" });
    expect(anas.votes).toHaveLength(4);
    expect(anas.votes).toContainEqual({
      criterionId: "governance",
      score: 5,
      rationale: SECRET_REASON,
    });
    expect(anas.votes).toContainEqual({ criterionId: "cost", score: null, rationale: null });
    expect((await ballotOf(ben)).votes).toHaveLength(2);

    const before = await getFacilitatorView(await asFacilitator(workshop, "facilitator-view.view"));
    expect(before.rounds.map((r) => [r.number, r.status])).toEqual([
      [1, "revealed"],
      [2, "open"],
    ]);
    expect(before.participants.map((p) => p.status)).toEqual([
      "not-started",
      "not-started",
      "not-started",
    ]);

    // Ana confirms her prefilled ballot by changing one answer; Ben adds a third.
    await saveVote(
      workshop.workshopId,
      { participantId: ana },
      { roundId, criterionId: "cost", score: 2 },
    );
    await saveVote(
      workshop.workshopId,
      { participantId: ben },
      { roundId, criterionId: "skills", score: 3 },
    );
    const after = await getFacilitatorView(await asFacilitator(workshop, "facilitator-view.view"));
    expect(after.participants.map((p) => p.status)).toEqual([
      "voted",
      "in-progress",
      "not-started",
    ]);
    expect(after.counts).toEqual({ joined: 3, voted: 1 });

    // Round 1 keeps its answers.
    const { rows } = await db.pool.query(
      `SELECT score FROM votes WHERE round_id = $1 AND participant_id = $2 AND criterion_id = 'cost'`,
      [workshop.roundId, ana],
    );
    expect(rows).toEqual([{ score: null }]);
  });

  it("closes: no more votes or joins, the open round is closed and may still be revealed", async () => {
    await closeWorkshop(await asFacilitator(workshop, "workshop.close"));
    await expect(closeWorkshop(await asFacilitator(workshop, "workshop.close"))).rejects.toEqual(
      rejection("workshop-closed"),
    );
    const view = await getFacilitatorView(await asFacilitator(workshop, "facilitator-view.view"));
    expect(view.workshop.status).toBe("closed");
    expect(view.currentRound).toMatchObject({ number: 2, status: "closed" });
    await expect(
      saveVote(
        workshop.workshopId,
        { participantId: cleo },
        { roundId: view.currentRound.id, criterionId: "cost", score: 1 },
      ),
    ).rejects.toEqual(rejection("workshop-closed"));
    await expect(
      joinWorkshop(workshop.inviteToken, { displayName: "Dan", role: "other" }),
    ).rejects.toEqual(rejection("workshop-closed"));
    expect((await ballotOf(ana)).editable).toBe(false);

    await revealRound(await asFacilitator(workshop, "round.reveal"));
    expect(
      (await getFacilitatorView(await asFacilitator(workshop, "facilitator-view.view")))
        .currentRound.status,
    ).toBe("revealed");
  });

  it("left an audit trail of every step, with ids only and never a score or rationale", async () => {
    const { rows } = await db.pool.query<{
      action: string;
      actor_kind: string;
      data: Record<string, unknown>;
    }>(`SELECT action, actor_kind, data FROM audit_events WHERE workshop_id = $1 ORDER BY id`, [
      workshop.workshopId,
    ]);
    expect(rows.map((row) => [row.action, row.actor_kind])).toEqual([
      ["workshop.created", "facilitator"],
      ["participant.joined", "participant"],
      ["participant.joined", "participant"],
      ["participant.joined", "participant"],
      // One event per participant and round: the first save, not every change.
      ["vote.saved", "participant"],
      ["vote.saved", "participant"],
      ["round.revealed", "facilitator"],
      ["round.opened", "facilitator"],
      ["vote.saved", "participant"],
      ["vote.saved", "participant"],
      ["workshop.closed", "facilitator"],
      ["round.revealed", "facilitator"],
    ]);
    const data = JSON.stringify(rows.map((row) => row.data));
    expect(data).not.toMatch(/score|rationale|Ana|Ben/i);
    expect(data).not.toContain(SECRET_REASON);
    expect(rows.find((row) => row.action === "vote.saved")?.data).toEqual({
      roundId: workshop.roundId,
    });
  });
});

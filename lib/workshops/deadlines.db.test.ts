// Deadlines of async workshops against a real PostgreSQL, with the app's clock (`now`) moved by
// the test: saves stop at the deadline, and settleDeadlines closes the round exactly once, however
// many app instances run it at the same time.
import { describe, expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { getBallotView } from "./data";
import { findWorkshopDeadline, settleDeadlines } from "./deadlines";
import { readLiveState } from "./live-state";
import {
  closeWorkshop,
  openNextRound,
  revealRound,
  saveAnswers,
  saveVote,
  setDeadline,
} from "./mutations";
import { createShareLink } from "./share-links";
import {
  asFacilitator,
  asParticipant,
  criteria,
  startWorkshop,
  type StartedWorkshop,
} from "./test-fixtures";

/** What a new share link shows unless the facilitator chooses more. */
const CAREFUL_LINK = { showNames: false, showReasons: true, showCsv: false };

const db = testDatabase();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

async function asyncWorkshop(
  deadlineAction: "reveal" | "close" = "reveal",
  participants = 1,
): Promise<{ workshop: StartedWorkshop; deadline: Date }> {
  const deadline = new Date(Date.now() + 2 * HOUR);
  const workshop = await startWorkshop({
    participants,
    input: { mode: "async", deadline, deadlineAction },
  });
  return { workshop, deadline };
}

function vote(workshop: StartedWorkshop, now: Date, roundId = workshop.roundId) {
  return saveVote(
    workshop.workshopId,
    { participantId: workshop.participants[0]!.participantId },
    { roundId, criterionId: "speed", score: 4 },
    now,
  );
}

/** Participant `index` answers every criterion with `score`: a ballot that counts as voted. */
function fullBallot(
  workshop: StartedWorkshop,
  index: number,
  score: number,
  roundId = workshop.roundId,
  now = new Date(),
) {
  return saveAnswers(
    workshop.workshopId,
    { participantId: workshop.participants[index]!.participantId },
    { roundId, answers: criteria.map((criterionId) => ({ criterionId, score })) },
    now,
  );
}

async function roundOf(roundId: string) {
  const { rows } = await db.pool.query<{
    status: string;
    revealed_at: Date | null;
    closed_at: Date | null;
  }>(`SELECT status::text, revealed_at, closed_at FROM rounds WHERE id = $1`, [roundId]);
  return rows[0]!;
}

async function deadlineEvents(workshopId: string) {
  const { rows } = await db.pool.query<{
    action: string;
    actor_kind: string;
    actor_id: string | null;
    data: Record<string, unknown>;
  }>(
    `SELECT action, actor_kind::text, actor_id, data FROM audit_events
     WHERE workshop_id = $1 AND data ? 'deadline' ORDER BY id`,
    [workshopId],
  );
  return rows;
}

/** Waits until `count` sessions wait, directly or in a queue, for the session `blockerPid`. */
async function waitForBlocked(blockerPid: number, count: number) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const { rows } = await db.pool.query<{ waiting: number }>(
      `WITH RECURSIVE blocked(pid) AS (
        SELECT pid FROM pg_stat_activity WHERE $1::int = ANY(pg_blocking_pids(pid))
        UNION
        SELECT a.pid FROM pg_stat_activity a JOIN blocked b ON b.pid = ANY(pg_blocking_pids(a.pid))
      )
      SELECT count(*)::int AS waiting FROM blocked`,
      [blockerPid],
    );
    if (rows[0]!.waiting >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Fewer than ${count} sessions queued behind session ${blockerPid}.`);
}

describe("saving a vote around the deadline", () => {
  it("works until the deadline and is refused from the deadline on", async () => {
    const { workshop, deadline } = await asyncWorkshop();
    await expect(vote(workshop, new Date(deadline.getTime() - 1))).resolves.toHaveProperty(
      "savedAt",
    );
    await expect(vote(workshop, deadline)).rejects.toMatchObject({
      name: "AppError",
      code: "deadline-passed",
      message: "The deadline has passed, so voting is closed.",
    });
    // The refusal settled the round at once, and the vote saved before the deadline is in it.
    expect(await roundOf(workshop.roundId)).toMatchObject({
      status: "revealed",
      revealed_at: deadline,
    });
    const { rows } = await db.pool.query(`SELECT score FROM votes WHERE round_id = $1`, [
      workshop.roundId,
    ]);
    expect(rows).toEqual([{ score: 4 }]);
    // Still the clearest answer once the round is settled.
    await expect(vote(workshop, new Date(deadline.getTime() + HOUR))).rejects.toMatchObject({
      code: "deadline-passed",
    });
  });

  it("leaves workshops without a deadline alone, whatever the clock says", async () => {
    const live = await startWorkshop({ participants: 1 });
    const asyncWithout = await startWorkshop({ participants: 1, input: { mode: "async" } });
    const farFuture = new Date(Date.now() + 365 * 24 * HOUR);
    await expect(vote(live, farFuture)).resolves.toHaveProperty("savedAt");
    await expect(vote(asyncWithout, farFuture)).resolves.toHaveProperty("savedAt");
    await settleDeadlines({ now: farFuture });
    expect((await roundOf(live.roundId)).status).toBe("open");
    expect((await roundOf(asyncWithout.roundId)).status).toBe("open");
  });
});

describe("settleDeadlines", () => {
  it("does nothing before the deadline", async () => {
    const { workshop, deadline } = await asyncWorkshop();
    const settled = await settleDeadlines({
      now: new Date(deadline.getTime() - 1),
      workshopId: workshop.workshopId,
    });
    expect(settled).toEqual([]);
    expect((await roundOf(workshop.roundId)).status).toBe("open");
  });

  it("reveals the round at the deadline exactly once, even when run concurrently", async () => {
    const { workshop, deadline } = await asyncWorkshop("reveal");
    const now = new Date(deadline.getTime() + 5 * MINUTE);
    // A save in flight holds a share lock on the round (see saveVote), so every run finds the
    // round due and then queues for it: they truly race for the same row.
    const save = await db.pool.connect();
    await save.query("BEGIN");
    const { rows } = await save.query<{ pid: number }>(
      "SELECT pg_backend_pid() AS pid FROM rounds WHERE id = $1 FOR SHARE",
      [workshop.roundId],
    );
    // Several app instances sweeping at once, and a page read of this very workshop.
    const racing = Promise.all([
      settleDeadlines({ now }),
      settleDeadlines({ now }),
      settleDeadlines({ now, workshopId: workshop.workshopId }),
      settleDeadlines({ now }),
    ]);
    try {
      await waitForBlocked(rows[0]!.pid, 4);
    } finally {
      await save.query("COMMIT");
      save.release();
    }
    const runs = await racing;
    const mine = runs.flat().filter((round) => round.workshopId === workshop.workshopId);
    expect(mine).toEqual([
      {
        workshopId: workshop.workshopId,
        roundId: workshop.roundId,
        number: 1,
        outcome: "revealed",
      },
    ]);
    // Revealed as of the deadline, when voting stopped, not when the sweep came by.
    expect(await roundOf(workshop.roundId)).toEqual({
      status: "revealed",
      revealed_at: deadline,
      closed_at: null,
    });
    expect(await deadlineEvents(workshop.workshopId)).toEqual([
      {
        action: "round.revealed",
        actor_kind: "system",
        actor_id: null,
        data: { roundId: workshop.roundId, number: 1, deadline: true },
      },
    ]);
    // Idempotent afterwards too.
    expect(await settleDeadlines({ now, workshopId: workshop.workshopId })).toEqual([]);
    expect(await deadlineEvents(workshop.workshopId)).toHaveLength(1);
  });

  it("only closes the round when the facilitator chose to reveal later", async () => {
    const { workshop, deadline } = await asyncWorkshop("close");
    const now = new Date(deadline.getTime() + MINUTE);
    await Promise.all([settleDeadlines({ now }), settleDeadlines({ now })]);
    expect(await roundOf(workshop.roundId)).toEqual({
      status: "closed",
      revealed_at: null,
      closed_at: deadline,
    });
    expect(await deadlineEvents(workshop.workshopId)).toEqual([
      expect.objectContaining({ action: "round.closed", actor_kind: "system" }),
    ]);
    const ballot = await getBallotView(
      await asParticipant(workshop, workshop.participants[0]!.participantId, "ballot.view"),
    );
    expect(ballot.editable).toBe(false);
    // The facilitator reveals it later, as any closed round.
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    expect((await roundOf(workshop.roundId)).status).toBe("revealed");
  });

  it("does not touch a round opened after the deadline", async () => {
    const { workshop } = await asyncWorkshop("reveal");
    // Move the deadline into the past, after round 1 opened: the async phase is over.
    const { rows } = await db.pool.query<{ deadline: Date }>(
      `WITH moved AS (
        UPDATE rounds SET opened_at = now() - interval '2 hours' WHERE id = $2
      )
      UPDATE workshops SET deadline = now() - interval '1 hour' WHERE id = $1
      RETURNING deadline`,
      [workshop.workshopId, workshop.roundId],
    );
    const deadline = rows[0]!.deadline;
    const now = new Date();
    expect(await settleDeadlines({ now, workshopId: workshop.workshopId })).toHaveLength(1);
    expect(await roundOf(workshop.roundId)).toMatchObject({
      status: "revealed",
      revealed_at: deadline,
    });

    // The facilitator goes on with a second round: no deadline governs it.
    const next = await openNextRound(await asFacilitator(workshop, "round.open"));
    expect(await findWorkshopDeadline(workshop.workshopId)).toBeNull();
    const later = new Date(now.getTime() + HOUR);
    expect(await settleDeadlines({ now: later })).toEqual([]);
    expect((await roundOf(next.roundId)).status).toBe("open");
    await expect(vote(workshop, later, next.roundId)).resolves.toHaveProperty("savedAt");
    expect(await deadlineEvents(workshop.workshopId)).toHaveLength(1);
  });

  it("settles the workshop behind a share link, for the share page", async () => {
    const { workshop, deadline } = await asyncWorkshop("reveal");
    const other = await asyncWorkshop("reveal");
    const { token } = await createShareLink(await asFacilitator(workshop, "share-link.create"), {
      ...CAREFUL_LINK,
      label: "Leadership",
      mode: "live",
    });
    const now = new Date(Math.max(deadline.getTime(), other.deadline.getTime()) + MINUTE);
    expect(await settleDeadlines({ now, shareToken: token })).toEqual([
      expect.objectContaining({ workshopId: workshop.workshopId, outcome: "revealed" }),
    ]);
    expect((await roundOf(other.workshop.roundId)).status).toBe("open");
    expect(await settleDeadlines({ now, shareToken: "not a token" })).toEqual([]);
  });

  it("shows the deadline that governs the current round", async () => {
    const { workshop, deadline } = await asyncWorkshop("close");
    expect(await findWorkshopDeadline(workshop.workshopId)).toEqual({ deadline, action: "close" });
    const live = await startWorkshop();
    expect(await findWorkshopDeadline(live.workshopId)).toBeNull();
    expect(await findWorkshopDeadline("nonsense")).toBeNull();
  });
});

describe("a full ballot before the deadline", () => {
  it("is revealed with every answer at the deadline", async () => {
    const { workshop, deadline } = await asyncWorkshop("reveal", 2);
    const before = new Date(deadline.getTime() - MINUTE);
    for (const participant of workshop.participants) {
      for (const criterionId of criteria) {
        await saveVote(
          workshop.workshopId,
          { guestToken: participant.guestToken },
          { roundId: workshop.roundId, criterionId, score: 3 },
          before,
        );
      }
    }
    await settleDeadlines({ now: deadline, workshopId: workshop.workshopId });
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS votes FROM votes WHERE round_id = $1`,
      [workshop.roundId],
    );
    expect(rows[0]).toEqual({ votes: 2 * criteria.length });
    expect((await roundOf(workshop.roundId)).status).toBe("revealed");
  });
});

describe("anonymous rounds with fewer than three voters", () => {
  it("are not revealed, by hand or at the deadline, until a third person votes", async () => {
    const deadline = new Date(Date.now() + 2 * HOUR);
    const w = await startWorkshop({
      participants: 4,
      input: { mode: "async", anonymous: true, deadline, deadlineAction: "reveal" },
    });
    const answer = (index: number) => fullBallot(w, index, 4);
    // One ballot would be its author's for all to see; two, each voter's for the other.
    for (const index of [0, 1]) {
      await answer(index);
      await expect(revealRound(await asFacilitator(w, "round.reveal"))).rejects.toMatchObject({
        code: "too-few-ballots",
        status: 409,
      });
      expect((await roundOf(w.roundId)).status).toBe("open");
    }
    await answer(2);
    await expect(revealRound(await asFacilitator(w, "round.reveal"))).resolves.toMatchObject({
      number: 1,
    });

    // At the deadline, a round with two voters is closed instead of revealed.
    const pair = await startWorkshop({
      participants: 2,
      input: { mode: "async", anonymous: true, deadline, deadlineAction: "reveal" },
    });
    for (const index of [0, 1]) await fullBallot(pair, index, 2);
    const settled = await settleDeadlines({
      workshopId: pair.workshopId,
      now: new Date(deadline.getTime() + MINUTE),
    });
    expect(settled.map((round) => round.outcome)).toEqual(["closed"]);
    expect(await roundOf(pair.roundId)).toMatchObject({ status: "closed", revealed_at: null });
  });
});

describe("anonymous rounds after the first", () => {
  it("count only people who answered in the round, not answers copied from the one before", async () => {
    const w = await startWorkshop({ participants: 3, input: { anonymous: true } });
    for (const index of w.participants.keys()) await fullBallot(w, index, index + 2);
    await revealRound(await asFacilitator(w, "round.reveal"));
    const next = await openNextRound(await asFacilitator(w, "round.open"));
    // Two people change an answer: revealing would show whose ballots changed, and each the
    // other's.
    for (const index of [0, 1]) {
      await saveVote(
        w.workshopId,
        { participantId: w.participants[index]!.participantId },
        { roundId: next.roundId, criterionId: "speed", score: 5 },
      );
    }
    await expect(revealRound(await asFacilitator(w, "round.reveal"))).rejects.toMatchObject({
      code: "too-few-ballots",
    });
    await saveVote(
      w.workshopId,
      { participantId: w.participants[2]!.participantId },
      { roundId: next.roundId, criterionId: "speed", score: 1 },
    );
    await expect(revealRound(await asFacilitator(w, "round.reveal"))).resolves.toMatchObject({
      number: 2,
    });
  });
});

describe("moving the deadline", () => {
  it("later or earlier, while the round is open: every reader follows, the audit records it", async () => {
    const { workshop, deadline } = await asyncWorkshop("reveal", 1);
    const later = new Date(deadline.getTime() + 3 * HOUR);
    await setDeadline(await asFacilitator(workshop, "deadline.set"), { deadline: later });
    expect((await findWorkshopDeadline(workshop.workshopId))?.deadline).toEqual(later);
    expect((await readLiveState(workshop.workshopId))?.deadline).toBe(later.toISOString());
    // The old deadline passes and nothing happens; votes still count.
    const pastOld = new Date(deadline.getTime() + MINUTE);
    expect(await settleDeadlines({ now: pastOld, workshopId: workshop.workshopId })).toEqual([]);
    await vote(workshop, pastOld);

    const sooner = new Date(Date.now() + 10 * MINUTE);
    await setDeadline(await asFacilitator(workshop, "deadline.set"), { deadline: sooner });
    const settled = await settleDeadlines({
      now: new Date(sooner.getTime() + MINUTE),
      workshopId: workshop.workshopId,
    });
    expect(settled.map((round) => round.outcome)).toEqual(["revealed"]);
    const { rows } = await db.pool.query(
      `SELECT data->>'deadline' AS deadline FROM audit_events
       WHERE workshop_id = $1 AND action = 'deadline.set' ORDER BY id`,
      [workshop.workshopId],
    );
    expect(rows.map((row) => row.deadline)).toEqual([later.toISOString(), sooner.toISOString()]);

    // Once the round is revealed there is nothing to move it for.
    await expect(
      setDeadline(await asFacilitator(workshop, "deadline.set"), { deadline: later }),
    ).rejects.toMatchObject({ code: "round-not-open" });
  });

  it("is refused for a live workshop and a closed one", async () => {
    const live = await startWorkshop();
    const deadline = new Date(Date.now() + HOUR);
    await expect(
      setDeadline(await asFacilitator(live, "deadline.set"), { deadline }),
    ).rejects.toMatchObject({ code: "invalid-input" });
    const { workshop } = await asyncWorkshop("close", 0);
    await closeWorkshop(await asFacilitator(workshop, "workshop.close"));
    await expect(
      setDeadline(await asFacilitator(workshop, "deadline.set"), { deadline }),
    ).rejects.toMatchObject({ code: "workshop-closed" });
  });
});

// "Reveal as soon as everyone has voted" against a real PostgreSQL: the setting, and the reveal
// it makes when the last person still in the round votes (by the one meaning of voted,
// ballot_status), when someone who had not voted is removed, or when it is turned on after
// everyone voted; never before, never twice, never below the anonymous minimum.
import { describe, expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { AppError } from "@/lib/errors";
import { loadResults } from "@/lib/results/data";
import { buildResultsView } from "@/lib/results/view-model";
import { getBallotView, getFacilitatorView } from "./data";
import { readLiveState } from "./live-state";
import {
  closeWorkshop,
  joinWorkshop,
  openNextRound,
  removeParticipant,
  revealRound,
  saveAnswers,
  saveVote,
  setAutoReveal,
} from "./mutations";
import { ANONYMOUS_MIN_BALLOTS } from "./reveal-rule";
import {
  asFacilitator,
  asGuest,
  criteria,
  startWorkshop,
  type StartedWorkshop,
} from "./test-fixtures";

const db = testDatabase();

function autoRevealing(participants: number, input: { anonymous?: boolean } = {}) {
  return startWorkshop({ participants, input: { autoReveal: true, ...input } });
}

/** Person `index` answers `which` criteria (all by default) with `score`. */
function answer(
  w: StartedWorkshop,
  index: number,
  options: { roundId?: string; which?: readonly string[]; score?: number | null } = {},
) {
  const which = options.which ?? criteria;
  return saveAnswers(
    w.workshopId,
    { participantId: w.participants[index]!.participantId },
    {
      roundId: options.roundId ?? w.roundId,
      answers: which.map((criterionId) => ({ criterionId, score: options.score ?? 3 })),
    },
  );
}

async function roundStatus(roundId: string): Promise<string> {
  const { rows } = await db.pool.query<{ status: string }>(
    `SELECT status::text FROM rounds WHERE id = $1`,
    [roundId],
  );
  return rows[0]!.status;
}

async function events(workshopId: string, action: string) {
  const { rows } = await db.pool.query<{
    actor_kind: string;
    actor_id: string | null;
    data: unknown;
  }>(
    `SELECT actor_kind::text, actor_id, data FROM audit_events
     WHERE workshop_id = $1 AND action = $2 ORDER BY id`,
    [workshopId, action],
  );
  return rows;
}

describe("the setting", () => {
  it("is off unless asked for, is shown to the facilitator, the ballot and the live state", async () => {
    const off = await startWorkshop({ participants: 1 });
    const offView = await getFacilitatorView(await asFacilitator(off, "facilitator-view.view"));
    expect(offView.workshop.autoReveal).toBe(false);

    const on = await autoRevealing(1);
    const onView = await getFacilitatorView(await asFacilitator(on, "facilitator-view.view"));
    expect(onView.workshop.autoReveal).toBe(true);
    const ballot = await getBallotView(
      await asGuest(on.workshopId, on.participants[0]!, "ballot.view"),
    );
    expect(ballot.autoReveal).toBe(true);
    expect((await readLiveState(on.workshopId))?.autoReveal).toBe(true);
  });

  it("is turned on and off by the facilitator, audited, and refused once the workshop is closed", async () => {
    const w = await startWorkshop({ participants: 2 });
    const grant = await asFacilitator(w, "auto-reveal.set");
    expect(await setAutoReveal(grant, { autoReveal: true })).toEqual({
      autoReveal: true,
      revealed: false,
    });
    expect((await readLiveState(w.workshopId))?.autoReveal).toBe(true);
    expect(await setAutoReveal(grant, { autoReveal: false })).toEqual({
      autoReveal: false,
      revealed: false,
    });
    expect(await events(w.workshopId, "auto-reveal.set")).toEqual([
      { actor_kind: "facilitator", actor_id: expect.any(String), data: { autoReveal: true } },
      { actor_kind: "facilitator", actor_id: expect.any(String), data: { autoReveal: false } },
    ]);

    await closeWorkshop(await asFacilitator(w, "workshop.close"));
    await expect(setAutoReveal(grant, { autoReveal: true })).rejects.toMatchObject({
      code: "workshop-closed",
    });
  });

  it("reveals at once when turned on after everyone has voted", async () => {
    const w = await startWorkshop({ participants: 2 });
    await answer(w, 0);
    await answer(w, 1);
    expect(await roundStatus(w.roundId)).toBe("open");
    const result = await setAutoReveal(await asFacilitator(w, "auto-reveal.set"), {
      autoReveal: true,
    });
    expect(result).toEqual({ autoReveal: true, revealed: true });
    expect(await roundStatus(w.roundId)).toBe("revealed");
  });
});

describe("the reveal when everyone has voted", () => {
  it("happens on the last person's last answer, not before, as the system's reveal", async () => {
    const w = await autoRevealing(2);
    await answer(w, 0);
    expect(await roundStatus(w.roundId)).toBe("open");
    // Person 2 answers all but one question: in progress is not voted.
    await answer(w, 1, { which: criteria.slice(0, -1) });
    expect(await roundStatus(w.roundId)).toBe("open");

    await saveVote(
      w.workshopId,
      { participantId: w.participants[1]!.participantId },
      { roundId: w.roundId, criterionId: criteria.at(-1)!, score: null },
    );
    expect(await roundStatus(w.roundId)).toBe("revealed");
    expect(await events(w.workshopId, "round.revealed")).toEqual([
      {
        actor_kind: "system",
        actor_id: null,
        data: { roundId: w.roundId, number: 1, everyoneVoted: true },
      },
    ]);
    // The results count the two people who voted, as every page did.
    const view = buildResultsView(await loadResults(w.workshopId), {
      audience: "facilitator",
      locale: "en",
    });
    expect(view?.turnout).toBe("2 people voted");
    // The facilitator's own reveal then has nothing left to do.
    await expect(revealRound(await asFacilitator(w, "round.reveal"))).rejects.toMatchObject({
      code: "already-revealed",
    });
  });

  it("does not happen with the setting off", async () => {
    const w = await startWorkshop({ participants: 2 });
    await answer(w, 0);
    await answer(w, 1);
    expect(await roundStatus(w.roundId)).toBe("open");
  });

  it("stops when the facilitator turns the setting off", async () => {
    const w = await autoRevealing(2);
    await setAutoReveal(await asFacilitator(w, "auto-reveal.set"), { autoReveal: false });
    await answer(w, 0);
    await answer(w, 1);
    expect(await roundStatus(w.roundId)).toBe("open");
  });

  it("waits in round 2 until the copied answers are kept, by everyone", async () => {
    const w = await autoRevealing(2);
    await answer(w, 0, { score: 2 });
    await answer(w, 1, { score: 4 });
    expect(await roundStatus(w.roundId)).toBe("revealed");

    const next = await openNextRound(await asFacilitator(w, "round.open"));
    // Both ballots hold round 1's answers, complete, yet nobody has voted in round 2.
    expect(await roundStatus(next.roundId)).toBe("open");
    // "Keep my answers": the whole ballot saved as it stands (rationales left as they are).
    await answer(w, 0, { roundId: next.roundId, score: 2 });
    expect(await roundStatus(next.roundId)).toBe("open");
    await answer(w, 1, { roundId: next.roundId, score: 4 });
    expect(await roundStatus(next.roundId)).toBe("revealed");
    expect((await events(w.workshopId, "round.revealed")).map((e) => e.data)).toEqual([
      { roundId: w.roundId, number: 1, everyoneVoted: true },
      { roundId: next.roundId, number: 2, everyoneVoted: true },
    ]);
  });

  it("happens when the one person who had not voted is removed", async () => {
    const w = await autoRevealing(3);
    await answer(w, 0);
    await answer(w, 1);
    await answer(w, 2, { which: criteria.slice(0, 1) });
    expect(await roundStatus(w.roundId)).toBe("open");

    await removeParticipant(
      await asFacilitator(w, "participant.remove"),
      w.participants[2]!.participantId,
    );
    expect(await roundStatus(w.roundId)).toBe("revealed");
    const [revealed] = await events(w.workshopId, "round.revealed");
    expect(revealed?.actor_kind).toBe("system");
  });

  it("does not happen when nobody is left, nor in a closed workshop", async () => {
    const empty = await autoRevealing(1);
    await removeParticipant(
      await asFacilitator(empty, "participant.remove"),
      empty.participants[0]!.participantId,
    );
    expect(await roundStatus(empty.roundId)).toBe("open");

    const closed = await autoRevealing(1);
    await closeWorkshop(await asFacilitator(closed, "workshop.close"));
    expect(await roundStatus(closed.roundId)).toBe("closed");
  });

  it(`keeps the anonymous minimum: ${ANONYMOUS_MIN_BALLOTS} ballots`, async () => {
    const w = await autoRevealing(ANONYMOUS_MIN_BALLOTS - 1, { anonymous: true });
    for (let index = 0; index < w.participants.length; index += 1) await answer(w, index);
    // Everyone voted, but too few for an anonymous reveal: the round stays open.
    expect(await roundStatus(w.roundId)).toBe("open");

    const late = await joinWorkshop(w.inviteToken, { displayName: "Late", role: "other" });
    await saveAnswers(
      w.workshopId,
      { participantId: late.participantId },
      { roundId: w.roundId, answers: criteria.map((criterionId) => ({ criterionId, score: 5 })) },
    );
    expect(await roundStatus(w.roundId)).toBe("revealed");
  });

  it("reveals once when the last two ballots arrive at the same moment", async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const w = await autoRevealing(2);
      const last = criteria.at(-1)!;
      await answer(w, 0, { which: criteria.slice(0, -1) });
      await answer(w, 1, { which: criteria.slice(0, -1) });
      await Promise.all(
        [0, 1].map((index) =>
          saveVote(
            w.workshopId,
            { participantId: w.participants[index]!.participantId },
            { roundId: w.roundId, criterionId: last, score: 1 },
          ),
        ),
      );
      expect(await roundStatus(w.roundId)).toBe("revealed");
      expect(await events(w.workshopId, "round.revealed")).toHaveLength(1);
    }
  });

  it("does not make a refused save succeed", async () => {
    const w = await autoRevealing(1);
    await answer(w, 0);
    expect(await roundStatus(w.roundId)).toBe("revealed");
    await expect(answer(w, 0)).rejects.toBeInstanceOf(AppError);
  });
});

// One meaning of "voted" (the database's ballot_status): the ballot, the facilitator's page, the
// live state behind the presenter view and the reveal dialog, and the results count the same
// people, in round 1 with a ballot left half done and in round 2, where round 1's answers are a
// starting point until kept or changed.
import { describe, expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { loadResults } from "@/lib/results/data";
import { buildResultsView } from "@/lib/results/view-model";
import { getBallotView, getFacilitatorView, type ParticipantStatus } from "./data";
import { readLiveState } from "./live-state";
import { openNextRound, revealRound, saveAnswers, saveVote } from "./mutations";
import {
  asFacilitator,
  asGuest,
  criteria,
  startWorkshop,
  type StartedWorkshop,
} from "./test-fixtures";

testDatabase();

function answerAll(w: StartedWorkshop, index: number, roundId: string, score: number | null) {
  return saveAnswers(
    w.workshopId,
    { participantId: w.participants[index]!.participantId },
    { roundId, answers: criteria.map((criterionId) => ({ criterionId, score })) },
  );
}

/** What each view says: every participant's status and the counts, from every page. */
async function everyCount(w: StartedWorkshop) {
  const facilitator = await getFacilitatorView(await asFacilitator(w, "facilitator-view.view"));
  const live = await readLiveState(w.workshopId);
  const ballots = await Promise.all(
    w.participants.map(async ({ guestToken }) =>
      getBallotView(await asGuest(w.workshopId, { guestToken }, "ballot.view")),
    ),
  );
  const counts = [facilitator.counts, live?.counts, ...ballots.map((ballot) => ballot.counts)];
  expect(new Set(counts.map((count) => JSON.stringify(count))).size).toBe(1);
  const statuses: ParticipantStatus[] = ballots.map((ballot) => ballot.status);
  expect(facilitator.participants.map((p) => p.status)).toEqual(statuses);
  expect(live?.participants.map((p) => p.status)).toEqual(statuses);
  return { counts: facilitator.counts, statuses };
}

async function revealedVoters(w: StartedWorkshop) {
  const source = await loadResults(w.workshopId);
  const round = source.rounds.at(-1)!;
  const view = buildResultsView(source, { audience: "facilitator", locale: "en" });
  return { ballots: round.ballots.length, turnout: view?.turnout };
}

describe('one meaning of "voted"', () => {
  it("is shared by the ballot, the facilitator, the live state and the results, round after round", async () => {
    const w = await startWorkshop({ participants: 3 });

    // Round 1: Person 1 answers everything, Person 2 half, Person 3 nothing yet.
    await answerAll(w, 0, w.roundId, 4);
    await saveVote(
      w.workshopId,
      { participantId: w.participants[1]!.participantId },
      { roundId: w.roundId, criterionId: "speed", score: 2 },
    );
    expect(await everyCount(w)).toEqual({
      counts: { joined: 3, voted: 1 },
      statuses: ["voted", "in-progress", "not-started"],
    });
    await revealRound(await asFacilitator(w, "round.reveal"));
    // A half-done ballot is not a vote: the results count the one person every page counted.
    expect(await revealedVoters(w)).toEqual({ ballots: 1, turnout: "1 person voted" });

    // Round 2 starts from round 1's answers, yet nobody has voted in it.
    const next = await openNextRound(await asFacilitator(w, "round.open"));
    const person1 = await getBallotView(
      await asGuest(w.workshopId, w.participants[0]!, "ballot.view"),
    );
    expect(person1.votes).toHaveLength(criteria.length);
    expect(await everyCount(w)).toEqual({
      counts: { joined: 3, voted: 0 },
      statuses: ["not-started", "not-started", "not-started"],
    });

    // Person 1 keeps their answers as they are; Person 3 votes "not sure" throughout; Person 2
    // changes one answer but leaves three unanswered.
    await answerAll(w, 0, next.roundId, 4);
    await answerAll(w, 2, next.roundId, null);
    await saveVote(
      w.workshopId,
      { participantId: w.participants[1]!.participantId },
      { roundId: next.roundId, criterionId: "speed", score: 3 },
    );
    expect(await everyCount(w)).toEqual({
      counts: { joined: 3, voted: 2 },
      statuses: ["voted", "in-progress", "voted"],
    });
    await revealRound(await asFacilitator(w, "round.reveal"));
    expect(await revealedVoters(w)).toEqual({ ballots: 2, turnout: "2 people voted" });
  });
});

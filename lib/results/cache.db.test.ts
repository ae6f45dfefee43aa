// The results cache (lib/results/cache.ts) against a real PostgreSQL: a room reads a revealed
// round once, but what is cached for one audience never reaches another, and nothing cached
// outlives a change of weights, rounds or participants, whether the change was announced on
// this instance's bus or made by another instance that this one never heard from.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import {
  openNextRound,
  removeParticipant,
  revealRound,
  saveVote,
  setWeights,
} from "@/lib/workshops/mutations";
import { createShareLink } from "@/lib/workshops/share-links";
import {
  asFacilitator,
  asParticipant,
  criteria,
  startWorkshop,
  type StartedWorkshop,
} from "@/lib/workshops/test-fixtures";
import { openingForMember, resultsForMember, resultsForShareLink, resultsView } from "./access";
import { stateFor } from "@/lib/workshops/live-state";
import { loadResults } from "./data";
import { liveViewFor, readLiveResults } from "./live";

const REASON = "Two people run the whole data platform";

async function voteAll(w: StartedWorkshop, roundId = w.roundId, who = w.participants) {
  for (const [p, { participantId }] of who.entries()) {
    for (const [c, criterionId] of criteria.entries()) {
      await saveVote(
        w.workshopId,
        { participantId },
        { roundId, criterionId, score: ((p + c) % 5) + 1, rationale: `${REASON} (${p})` },
      );
    }
  }
}

/** A named workshop of four, voted and revealed. */
async function revealedWorkshop(): Promise<StartedWorkshop> {
  const w = await startWorkshop({ participants: 4 });
  await voteAll(w);
  await revealRound(await asFacilitator(w, "round.reveal"));
  return w;
}

async function memberView(w: StartedWorkshop, who: "participant" | "facilitator") {
  const access =
    who === "participant"
      ? await resultsForMember(
          await asParticipant(w, w.participants[0]!.participantId, "results.view"),
        )
      : await resultsForMember(await asFacilitator(w, "results.view"));
  return { access, view: resultsView(access.source, { audience: access.audience, locale: "en" })! };
}

describe("the results cache", () => {
  it("reads a revealed round once for everyone who asks, and hands out frozen data", async () => {
    const w = await revealedWorkshop();
    const first = await memberView(w, "participant");
    const second = await memberView(w, "participant");
    expect(second.access.source).toBe(first.access.source);
    expect(second.view).toBe(first.view);
    // Shared by a whole room: no reader may change it for the others.
    expect(Object.isFrozen(first.view.criteria)).toBe(true);
    expect(() => {
      (first.access.source.rounds as unknown[]).push({});
    }).toThrow(TypeError);
  });

  it("never gives one audience what was built for another", async () => {
    const w = await revealedWorkshop();
    // The participant asks first, the facilitator next, the participant again last: each gets
    // the view of their own audience, whichever was cached before.
    const participant = await memberView(w, "participant");
    const facilitator = await memberView(w, "facilitator");
    const again = await memberView(w, "participant");
    expect(participant.access.audience).toBe("member");
    expect(facilitator.access.audience).toBe("facilitator");
    expect(facilitator.view.people).not.toBeNull();
    expect(facilitator.view.people!.map((person) => person.name)).toContain("Person 1");
    expect(participant.view.people).toBeNull();
    expect(again.view).toBe(participant.view);
    expect(again.view.people).toBeNull();

    // A careful share link (no names, no CSV) after both: no name in anything it is given.
    const link = await createShareLink(await asFacilitator(w, "share-link.create"), {
      label: "Leadership",
      mode: "live",
      showNames: false,
      showReasons: true,
      showCsv: false,
    });
    const shared = await resultsForShareLink(link.token);
    const sharedView = resultsView(shared!.source, {
      audience: "share",
      locale: "en",
      ...(shared!.shows && { shows: shared!.shows }),
    })!;
    expect(JSON.stringify(sharedView)).not.toContain("Person 1");
    expect(sharedView).not.toBe(participant.view);
    // The member's cached view still names people where members may see them.
    expect(JSON.stringify((await memberView(w, "facilitator")).view)).toContain("Person 1");
  });

  it("does not outlive new weights, whether this instance heard of them or not", async () => {
    const w = await revealedWorkshop();
    const before = await memberView(w, "participant");
    expect(before.view.weights.set).toBe(false);

    await setWeights(await asFacilitator(w, "weights.set"), {
      weights: { governance: 2, speed: 1, skills: 1, cost: 0 },
    });
    const announced = await memberView(w, "participant");
    expect(announced.view.weights.set).toBe(true);
    expect(announced.access.source).not.toBe(before.access.source);

    // Another instance's write: straight into the database, with no notification on this bus.
    await prisma()
      .$executeRaw`UPDATE workshops SET weights = NULL WHERE id = ${w.workshopId}::uuid`;
    const unannounced = await memberView(w, "participant");
    expect(unannounced.view.weights.set).toBe(false);
  });

  it("follows a new round, a removal before its reveal, and the reveal", async () => {
    const w = await startWorkshop({ participants: 5 });
    await voteAll(w);
    await revealRound(await asFacilitator(w, "round.reveal"));
    const round1 = await memberView(w, "participant");
    expect(round1.view.round.number).toBe(1);
    expect(round1.view.voters).toBe(5);
    expect(round1.access.source.latestRound).toEqual({ number: 1, status: "revealed" });

    const { roundId } = await openNextRound(await asFacilitator(w, "round.open"));
    const opened = await loadResults(w.workshopId);
    expect(opened.latestRound).toEqual({ number: 2, status: "open" });
    // Nothing of the open round is read, cached or not.
    expect(opened.rounds.map((round) => round.number)).toEqual([1]);

    await voteAll(w, roundId);
    const leaving = w.participants[4]!.participantId;
    await removeParticipant(await asFacilitator(w, "participant.remove"), leaving);
    await revealRound(await asFacilitator(w, "round.reveal"));
    const round2 = await memberView(w, "participant");
    expect(round2.view.round.number).toBe(2);
    expect(round2.view.voters).toBe(4);
    // Removed after round 1's reveal, the fifth person still counts there.
    const back = resultsView(round2.access.source, {
      audience: "member",
      locale: "en",
      roundNumber: 1,
    })!;
    expect(back.voters).toBe(5);

    const opening = await openingForMember(
      await asParticipant(w, w.participants[0]!.participantId, "results.view"),
      "en",
    );
    expect(opening).toMatchObject({ roundNumber: 2, turnout: round2.view.turnout });
  });

  it("has no opening before the first reveal", async () => {
    const w = await startWorkshop({ participants: 3 });
    await voteAll(w);
    expect(
      await openingForMember(
        await asParticipant(w, w.participants[0]!.participantId, "results.view"),
        "en",
      ),
    ).toBeNull();
    await revealRound(await asFacilitator(w, "round.reveal"));
    const opening = await openingForMember(
      await asParticipant(w, w.participants[0]!.participantId, "results.view"),
      "en",
    );
    expect(opening?.headline?.name).toBeTruthy();
    expect(opening?.roundNumber).toBe(1);
  });

  it("sends the opening with the reveal to participants only, and nothing of it before", async () => {
    const w = await startWorkshop({ participants: 3 });
    await voteAll(w);
    const before = (await readLiveResults(w.workshopId))!;
    expect(before.opening).toBeUndefined();
    expect(JSON.stringify(stateFor("participant", before))).not.toContain(REASON);

    await revealRound(await asFacilitator(w, "round.reveal"));
    const after = (await readLiveResults(w.workshopId))!;
    const participant = stateFor("participant", after);
    expect(participant).toMatchObject({
      opening: await openingForMember(
        await asParticipant(w, w.participants[0]!.participantId, "results.view"),
        "en",
      ),
    });
    expect(stateFor("share", after)).not.toHaveProperty("opening");
    expect(stateFor("facilitator", after)).not.toHaveProperty("opening");

    // Each stream gets the opening in its own language, from the same results.
    const german = liveViewFor("participant", "de").view(after);
    const germanOpening = await openingForMember(
      await asParticipant(w, w.participants[0]!.participantId, "results.view"),
      "de",
    );
    expect(german).toMatchObject({ opening: germanOpening });
    expect(germanOpening?.turnout).toBe("3 Personen haben abgestimmt");
    expect(liveViewFor("participant", "en").view(after)).toMatchObject({
      opening: { turnout: "3 people voted" },
    });
    expect(liveViewFor("share", "de").view(after)).not.toHaveProperty("opening");
    // The cache keeps a view per language: the same one for each request in a language.
    const source = await loadResults(w.workshopId);
    const english = resultsView(source, { audience: "member", locale: "en" });
    expect(resultsView(source, { audience: "member", locale: "en" })).toBe(english);
    expect(resultsView(source, { audience: "member", locale: "de" })?.turnout).toBe(
      "3 Personen haben abgestimmt",
    );
    expect(english?.turnout).toBe("3 people voted");

    // The next round is open: the stream no longer carries the last round's answer.
    await openNextRound(await asFacilitator(w, "round.open"));
    expect((await readLiveResults(w.workshopId))!.opening).toBeUndefined();
  });
});

// The series page's data against a real PostgreSQL: every run of a re-run workshop, each as the
// aggregates of its newest revealed round (through the results library), nothing of a round
import { mlLifecycle } from "@/lib/frameworks";
// that is not revealed, no names or reasons, and what moved since the previous run.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { testDatabase } from "@/lib/db/test-database";
import { parseWorkshopId } from "@/lib/ids";
import { getFacilitatorView } from "@/lib/workshops/data";
import {
  deleteWorkshop,
  joinWorkshop,
  rerunWorkshop,
  revealRound,
  saveAnswers,
} from "@/lib/workshops/mutations";
import { asFacilitator, criteria, startWorkshop } from "@/lib/workshops/test-fixtures";
import { driftSincePrevious, loadSeries } from "./series";

testDatabase();

/** Joins `scores.length` people (named after the marker) and saves each one's ballot. */
async function vote(
  workshop: { workshopId: string; facilitatorToken: string },
  scores: number[][],
  marker: string,
) {
  const view = await getFacilitatorView(await asFacilitator(workshop, "facilitator-view.view"));
  for (const [index, ballot] of scores.entries()) {
    const joined = await joinWorkshop(view.inviteToken, {
      displayName: `${marker}-name-${index}`,
      role: "ml_engineer",
    });
    await saveAnswers(
      parseWorkshopId(workshop.workshopId),
      { participantId: joined.participantId },
      {
        roundId: view.currentRound.id,
        answers: criteria.map((criterionId, c) => ({
          criterionId,
          score: ballot[c]!,
          rationale: `${marker}-reason-${index}-${c}`,
        })),
      },
    );
  }
}

describe("a series of runs", () => {
  it("lists every run's newest revealed round as aggregates and says what moved", async () => {
    const first = await startWorkshop();
    await vote(
      first,
      [
        [2, 4, 3, 3],
        [2, 4, 3, 3],
        [3, 4, 3, 3],
      ],
      "first",
    );
    await revealRound(await asFacilitator(first, "round.reveal"));
    const made = await rerunWorkshop(await asFacilitator(first, "workshop.rerun"), {});
    const second = { workshopId: made.workshopId, facilitatorToken: made.facilitatorToken };
    await vote(
      second,
      [
        [5, 4, 3, 3],
        [5, 4, 3, 3],
        [4, 4, 3, 3],
      ],
      "second",
    );

    // Run 2 is voting: nothing of it shows, not even how many voted.
    const voting = await loadSeries(await asFacilitator(second, "series.view"), "en");
    expect(voting.runs.map((run) => [run.number, run.current, run.round, run.voters])).toEqual([
      [1, false, { number: 1, revealedAt: expect.any(Date) }, 3],
      [2, true, null, null],
    ]);
    expect(voting.runs[1]!.criteria).toEqual([]);
    expect(voting.runs[1]!.recommendation).toBeNull();
    expect(JSON.stringify(voting)).not.toContain("second-");
    expect(await driftSincePrevious(second.workshopId, "en")).toEqual([]);
    // The first run has nothing before it.
    expect(await driftSincePrevious(first.workshopId, "en")).toEqual([]);

    await revealRound(await asFacilitator(second, "round.reveal"));
    const series = await loadSeries(await asFacilitator(second, "series.view"), "en");
    expect(series.seriesId).toBe(first.workshopId);
    expect(series.criteria.map((c) => c.id)).toEqual([...criteria]);
    const governance = (run: number) =>
      series.runs[run]!.criteria.find((c) => c.id === "governance")!;
    expect(governance(0)).toMatchObject({ median: 2, q1: 2, q3: 2.5 });
    expect(governance(1)).toMatchObject({ median: 5, q1: 4.5, q3: 5 });
    expect(series.runs.map((run) => run.voters)).toEqual([3, 3]);
    expect(series.runs.every((run) => run.recommendation !== null)).toBe(true);
    // Aggregates only: neither names nor reasons of either run.
    const shown = JSON.stringify(series);
    expect(shown).not.toContain("-name-");
    expect(shown).not.toContain("-reason-");

    const drift = await driftSincePrevious(second.workshopId, "en");
    expect(drift[0]).toBe(`${governance(1).name}: the team's median went up from 2 to 5.`);
    expect(drift.at(-1)).toMatch(/^The recommendation (stayed|changed from) /);
    const german = await driftSincePrevious(second.workshopId, "de");
    // Criteria by their German names: the built-in framework carries them.
    expect(german[0]).toBe(
      `${mlLifecycle.translations?.de?.criteria.governance?.name}: Der Median des Teams stieg von 2 auf 5.`,
    );
    expect(german.at(-1)).toMatch(/^Die Empfehlung (blieb bei|wechselte von) /);

    // A decision recorded for run 1 shows as its option, in its newest version.
    expect(series.runs.map((run) => run.decision)).toEqual([null, null]);
    for (const [version, optionId] of [
      [1, "linear-handoff"],
      [2, "iterative-loop"],
    ] as const) {
      await prisma().$executeRaw`
        INSERT INTO decision_versions (workshop_id, version, round_id, recommended_option_id,
          option_id, rationale, pilot_model, owners, pilot_start, pilot_end, review_on)
        SELECT ${first.workshopId}::uuid, ${version}, id, NULL, ${optionId}, 'Our call',
          'Churn model', '[]'::jsonb, DATE '2027-01-04', DATE '2027-01-25', DATE '2027-04-05'
        FROM rounds WHERE workshop_id = ${first.workshopId}::uuid AND number = 1`;
    }
    const decided = await loadSeries(await asFacilitator(second, "series.view"), "en");
    expect(decided.runs[0]!.decision).toEqual({
      optionId: "iterative-loop",
      name: "Iterative Feedback Loop",
    });
    expect(JSON.stringify(decided)).not.toContain("Our call");
    expect(JSON.stringify(decided)).not.toContain("Churn model");

    // The first run's facilitator sees the same series; deleting it leaves run 2 grouped.
    const fromFirst = await loadSeries(await asFacilitator(first, "series.view"), "en");
    expect(fromFirst.runs.map((run) => run.current)).toEqual([true, false]);
    await deleteWorkshop(await asFacilitator(first, "workshop.delete"));
    const after = await loadSeries(await asFacilitator(second, "series.view"), "en");
    expect(after.runs.map((run) => [run.number, run.workshopId])).toEqual([[1, second.workshopId]]);
    expect(after.seriesId).toBe(first.workshopId);
  });

  it("is a series of one for a workshop never run again", async () => {
    const alone = await startWorkshop();
    const series = await loadSeries(await asFacilitator(alone, "series.view"), "en");
    expect(series.seriesId).toBe(alone.workshopId);
    expect(series.runs).toHaveLength(1);
  });
});

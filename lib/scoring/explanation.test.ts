import { describe, expect, it } from "vitest";
import { recommend, type Explanation, type Framework, type ScoredExplanation } from "./index";
import {
  ballotsFrom,
  makeFramework,
  version1Framework,
  workedBallots,
  workedFramework,
} from "./test-fixtures";

// The explanation as codes and numbers: what each sentence says, decided here in no language.
// lib/results/explanation.test.ts holds the words these codes become.

const explanationFor = (
  framework: Framework,
  rows: Record<string, (number | null)[]>,
  options = {},
): Explanation => recommend(framework, ballotsFrom(rows), options).explanation;

function scored(explanation: Explanation): ScoredExplanation {
  if (explanation.kind !== "scored") throw new Error("nothing was scored");
  return explanation;
}

/** Two options that mirror each other on x and y, so that a weight on x decides by a little. */
const mirrored = makeFramework(
  [
    { id: "x", kind: "need" },
    { id: "y", kind: "need" },
    { id: "z", kind: "need" },
  ],
  [
    { id: "a", profile: { x: 2, y: 4, z: 3 } },
    { id: "b", profile: { x: 4, y: 2, z: 3 } },
  ],
);
const mirroredBallots = ballotsFrom({ p1: [3, 3, 3] }, ["x", "y", "z"]);

describe("the worked example's explanation", () => {
  const explanation = scored(recommend(workedFramework, workedBallots).explanation);

  it("says why the winner wins in fits rounded to one decimal", () => {
    expect(explanation.winner).toEqual({
      kind: "higher-fit",
      winner: "linear-handoff",
      runnerUp: "continuous-delivery",
      fit: { value: 86.7, decimals: 1 },
      runnerUpFit: { value: 81.3, decimals: 1 },
      gaps: 0,
    });
  });

  it("is no close call and has nothing on the agenda", () => {
    expect(explanation.closeCall).toBeNull();
    expect(explanation.agenda).toEqual([]);
  });

  it("gives each option's critical gaps with the numbers the framework's phrase needs", () => {
    expect(explanation.gaps).toEqual({
      "linear-handoff": [],
      "continuous-delivery": [],
      "iterative-loop": [
        {
          optionId: "iterative-loop",
          criterion: "governance",
          profile: { value: 2, decimals: 1 },
          team: { value: 4.5, decimals: 1 },
        },
      ],
    });
  });

  it("orders the what-ifs by the fewest votes that would have to change", () => {
    expect(explanation.whatIfs).toEqual(
      [
        ["governance", 4, 2],
        ["speed", 3, 4],
        ["cost", 3, 4],
      ].map(([criterion, from, to]) => ({
        kind: "votes",
        criterion,
        voters: 2,
        from,
        to,
        recommended: "continuous-delivery",
      })),
    );
  });

  it("bands the stability for the confidence and the sureness, and counts the tally", () => {
    // 72 of 81 combinations keep it.
    expect(explanation.confidence).toEqual({
      reason: { kind: "medium", stability: "fairly-stable" },
      fewVoters: null,
    });
    expect(explanation.sureness).toEqual({ kind: "stability", stability: "fairly-stable" });
    expect(explanation.leaveOneOut).toBe(0);
    expect(explanation.tally).toEqual({
      kind: "unanimous",
      recommended: "linear-handoff",
      voters: 4,
    });
  });

  it("holds ids and numbers only, none of the framework's words", () => {
    const text = JSON.stringify(explanation);
    expect(text).not.toMatch(/Option |label|gives/);
  });
});

describe("why the winner wins", () => {
  it("puts fewer critical gaps before a higher fit", () => {
    expect(scored(explanationFor(workedFramework, { p1: [1, 3, 1, 2] })).winner).toEqual({
      kind: "fewer-gaps",
      winner: "linear-handoff",
      runnerUp: "iterative-loop",
      gaps: 0,
      runnerUpGaps: 1,
      fits: {
        kind: "lower",
        fit: { value: 79.7, decimals: 1 },
        runnerUpFit: { value: 82.8, decimals: 1 },
      },
    });
  });

  it("does not call an equal fit higher when fewer gaps decide", () => {
    // A falls 2 short on x (a critical gap), B 1 short on x and on y: both lose 2 points of 8.
    const framework = makeFramework(
      [
        { id: "x", kind: "need" },
        { id: "y", kind: "need" },
      ],
      [
        { id: "a", profile: { x: 3, y: 3 } },
        { id: "b", profile: { x: 4, y: 2 } },
      ],
    );
    const { winner } = scored(
      recommend(framework, ballotsFrom({ p1: [5, 3] }, ["x", "y"])).explanation,
    );
    expect(winner).toMatchObject({ kind: "fewer-gaps", runnerUpGaps: 1 });
    const fits = winner.kind === "fewer-gaps" ? winner.fits : null;
    expect(fits).toEqual({ kind: "same", fit: { value: 75, decimals: 1 } });
  });

  it("calls equal fits a tie broken by the framework's order", () => {
    const explanation = scored(explanationFor(version1Framework, { p1: [4, 3, 4, 3] }));
    expect(explanation.winner).toMatchObject({ kind: "tie", fit: { value: 85.9, decimals: 1 } });
    expect(explanation.closeCall).toMatchObject({ trail: "tie" });
  });

  it("does not call a real lead of a fraction of a point a tie", () => {
    // B leads by about 0.000001 points: too little to show, far more than a tie's 1e-9.
    const { winner } = scored(
      recommend(mirrored, mirroredBallots, { weights: { x: 1.0000001 } }).explanation,
    );
    expect(winner).toMatchObject({ kind: "higher-by-a-fraction", winner: "b", runnerUp: "a" });
  });

  it("shows as many decimals as it takes for different fits to read differently", () => {
    const { winner } = scored(
      recommend(mirrored, mirroredBallots, { weights: { x: 1.002 } }).explanation,
    );
    expect(winner).toMatchObject({
      kind: "higher-fit",
      fit: { value: 89.59, decimals: 2 },
      runnerUpFit: { value: 89.57, decimals: 2 },
    });
  });
});

describe("the rest of the explanation", () => {
  it("suggests a hybrid on a close call, borrowing where the runner-up is better", () => {
    expect(scored(recommend(version1Framework, workedBallots).explanation).closeCall).toEqual({
      winner: "linear-handoff",
      runnerUp: "continuous-delivery",
      trail: "points",
      margin: { value: 3.9, decimals: 1 },
      borrow: ["speed", "skills"],
    });
  });

  it("puts the weakest agreement first on the agenda", () => {
    const explanation = scored(
      explanationFor(workedFramework, {
        a: [1, 2, 3, 3],
        b: [5, 5, 3, 3],
        c: [1, 2, 3, 3],
        d: [5, 2, 3, 3],
      }),
    );
    expect(explanation.agenda).toEqual([
      { criterion: "governance", min: 1, max: 5 },
      { criterion: "speed", min: 2, max: 5 },
    ]);
  });

  it("falls back to the team's value where no move of like votes does it", () => {
    const explanation = scored(
      explanationFor(workedFramework, { x: [1, 1, 1, 1], y: [1, 2, 1, 1] }),
    );
    expect(explanation.whatIfs).toEqual([
      {
        kind: "team-value",
        criterion: "speed",
        to: { value: 4, decimals: 1 },
        team: { value: 1.5, decimals: 1 },
        recommended: "iterative-loop",
      },
    ]);
  });

  it("names the caps that kept the confidence at medium", () => {
    const explanation = scored(
      explanationFor(workedFramework, { p1: [4, 3, 4, 3], p2: [4, 3, 4, 3] }),
    );
    expect(explanation.confidence).toEqual({
      reason: {
        kind: "capped",
        stability: "stable",
        caps: ["few-voters", "close-call"],
        voters: 2,
      },
      fewVoters: null,
    });
  });

  it("says how few voted when no cap does, and whether it is low anyway", () => {
    const explanation = scored(
      explanationFor(workedFramework, { a: [1, 5, 2, 1], b: [5, 1, 5, 5] }),
    );
    expect(explanation.confidence).toEqual({
      reason: { kind: "low", stability: "fragile" },
      fewVoters: { voters: 2, confidence: "low" },
    });
  });

  it("counts the single ballots the answer hinges on", () => {
    const explanation = scored(
      explanationFor(workedFramework, { p1: [null, 3, 4, 4], p2: [5, null, null, null] }),
    );
    expect(explanation.leaveOneOut).toBe(1);
    expect(explanation.sureness).toEqual({ kind: "pivotal", pivotal: 1, voters: 2 });
    expect(scored(explanationFor(workedFramework, { a: [3, 3, 3, 3] })).leaveOneOut).toBeNull();
  });

  it("gives the small-team size only as the facilitator entered it", () => {
    expect(explanationFor(workedFramework, { a: [3, 3, 3, 3] }, { teamSize: 1 }).smallTeam).toBe(1);
    expect(explanationFor(workedFramework, {}, { teamSize: 2 }).smallTeam).toBe(2);
    expect(explanationFor(workedFramework, { a: [3, 3, 3, 3] }, { teamSize: 3 }).smallTeam).toBe(
      null,
    );
    expect(explanationFor(workedFramework, { a: [3, 3, 3, 3], b: [3, 3, 3, 3] }).smallTeam).toBe(
      null,
    );
  });

  it("says why there is nothing to score", () => {
    expect(explanationFor(workedFramework, {})).toMatchObject({
      kind: "nothing-to-score",
      reason: "no-votes",
    });
    const weights = { governance: 0, speed: 0, skills: 0, cost: 0 };
    expect(explanationFor(workedFramework, { a: [3, 3, 3, 3] }, { weights })).toMatchObject({
      kind: "nothing-to-score",
      reason: "all-weightless",
    });
  });

  it("lists the facts whose condition holds, by id", () => {
    const framework: Framework = structuredClone(workedFramework);
    framework.facts = [
      { id: "always", question: "Q1?", answer: "Reference only." },
      {
        id: "loop",
        question: "Q2?",
        answer: "Loop fact.",
        appliesWhen: { recommended: "iterative-loop" },
      },
      {
        id: "fast",
        question: "Q3?",
        answer: "Fast fact.",
        appliesWhen: { criterion: "speed", atLeast: 4 },
      },
    ];
    const rows = { a: [2, 5, 3, 2], b: [2, 5, 3, 2], c: [2, 5, 3, 2] };
    expect(scored(explanationFor(framework, rows)).facts).toEqual(["loop", "fast"]);
  });
});

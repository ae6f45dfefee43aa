import { describe, expect, it } from "vitest";
import { explanationParts, recommend, type Framework } from "./index";
import {
  ballotsFrom,
  makeFramework,
  version1Framework,
  workedBallots,
  workedFramework,
} from "./test-fixtures";

const explain = (framework: Framework, rows: Record<string, (number | null)[]>, options = {}) =>
  recommend(framework, ballotsFrom(rows), options).explanation;

describe("explanation of the worked example", () => {
  const sentences = recommend(workedFramework, workedBallots).explanation;

  it("opens with why the winner wins, against the runner-up, in rounded numbers", () => {
    expect(sentences[0]).toBe(
      "Option LINEAR-HANDOFF fits the team best: 86.7 of 100 against 81.3 for the runner-up, Option CONTINUOUS-DELIVERY, and neither has a critical gap.",
    );
  });

  it("is no close call, so it suggests no hybrid", () => {
    expect(sentences.join(" ")).not.toMatch(/close call|hybrid/);
  });

  it("suggests the close-call hybrid, borrowing where the runner-up is better", () => {
    const [, closeCall] = recommend(version1Framework, workedBallots).explanation;
    expect(closeCall).toBe(
      "This is a close call: Option CONTINUOUS-DELIVERY has the same number of critical gaps and trails by only 3.9 points. Consider a hybrid: keep Option LINEAR-HANDOFF as the backbone and borrow from Option CONTINUOUS-DELIVERY on speed label and skills label, where it suits the team better.",
    );
  });

  it("puts the other options' critical gaps in words from the framework's phrases", () => {
    expect(sentences).toContain(
      "Critical gap: Option ITERATIVE-LOOP gives governance 2 against the team's 4.5.",
    );
  });

  it("turns flips into what-ifs, said in the fewest votes that would have to change", () => {
    expect(sentences.filter((s) => s.startsWith("If "))).toEqual([
      "If two people changed their governance label vote from 4 to 2, the answer would be Option CONTINUOUS-DELIVERY.",
      "If two people changed their speed label vote from 3 to 4, the answer would be Option CONTINUOUS-DELIVERY.",
      "If two people changed their cost label vote from 3 to 4, the answer would be Option CONTINUOUS-DELIVERY.",
    ]);
  });

  it("states the confidence with the stability behind it, and the tally", () => {
    // 72 of 81 combinations keep it: said without the statistics.
    expect(sentences).toContain(
      "Confidence is medium: the recommendation is fairly stable: most typical changes of votes leave it as it is.",
    );
    expect(sentences).toContain(
      "Scored on their own votes alone, all 4 voters would arrive at Option LINEAR-HANDOFF.",
    );
    expect(sentences.join(" ")).not.toMatch(/fewer than three/);
  });

  it("says how sure in a few words for the first screen", () => {
    const parts = explanationParts(workedFramework, recommend(workedFramework, workedBallots));
    expect(parts.sureness).toBe("fairly stable: most typical changes of votes leave it as it is");
    const leaning = explanationParts(
      workedFramework,
      recommend(workedFramework, ballotsFrom({ p1: [null, 3, 4, 4], p2: [5, null, null, null] })),
    );
    expect(leaning.sureness).toBe("hinges on one person: without their ballot the answer changes");
    expect(explanationParts(workedFramework, recommend(workedFramework, [])).sureness).toBeNull();
  });

  it("never shows long decimals or statistics words", () => {
    expect(sentences.join(" ")).not.toMatch(/\d\.\d{3,}/);
    expect(sentences.join(" ")).not.toMatch(/quartile|middle half|combinations|rwg|median/i);
  });
});

describe("explanation built from the numbers", () => {
  it("follows the framework's own wording of a shortfall", () => {
    const framework = structuredClone(workedFramework);
    framework.criteria[0]!.shortfall =
      "{option} needs sign-off the team scored {team} of 5 (offers {profile})";
    expect(explain(framework, { p1: [5, 3, 4, 3], p2: [4, 3, 4, 3] })).toContain(
      "Critical gap: Option ITERATIVE-LOOP needs sign-off the team scored 4.5 of 5 (offers 2).",
    );
  });

  it("explains a winner with fewer gaps but a lower fit", () => {
    const [why] = explain(workedFramework, { p1: [1, 3, 1, 2] });
    expect(why).toBe(
      "Option LINEAR-HANDOFF is recommended because it has no critical gaps, while the next best, Option ITERATIVE-LOOP, has 1. Option ITERATIVE-LOOP has the higher fit (82.8 against 79.7), but fewer critical gaps come first.",
    );
  });

  it("explains a tie by framework order", () => {
    const [why, closeCall] = explain(version1Framework, { p1: [4, 3, 4, 3] });
    expect(why).toContain("tie at a fit of 85.9");
    expect(why).toContain("listed first in the framework");
    expect(closeCall).toContain("has the same number of critical gaps and ties on fit.");
  });

  it("does not call a real lead of a fraction of a point a tie broken by framework order", () => {
    // A and B mirror each other on x and y; z keeps the fits (about 89.583) away from a rounding
    // boundary. B leads by about 0.000001 points: too little to show, far more than a tie's 1e-9.
    const framework = makeFramework(
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
    const ballots = ballotsFrom({ p1: [3, 3, 3] }, ["x", "y", "z"]);
    const [why] = recommend(framework, ballots, { weights: { x: 1.0000001 } }).explanation;
    expect(why).toMatch(/^Option B fits the team best/);
    expect(why).not.toMatch(/tie|listed first/);
    expect(why).toContain("a fraction of a point");
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
    const [why] = recommend(framework, ballotsFrom({ p1: [5, 3] }, ["x", "y"])).explanation;
    expect(why).toBe(
      "Option B is recommended because it has no critical gaps, while the next best, Option A, has 1. Their fits are the same: 75 of 100.",
    );
  });

  it("admits the recommendation's own critical gaps", () => {
    const sentences = explain(workedFramework, { p1: [5, 5, 3, 2] });
    expect(sentences).toContain(
      "Even the recommendation has a critical gap: Option ITERATIVE-LOOP gives governance 2 against the team's 5.",
    );
  });

  it("sets the discussion agenda, weakest agreement first", () => {
    const sentences = explain(workedFramework, {
      a: [1, 2, 3, 3],
      b: [5, 5, 3, 3],
      c: [1, 2, 3, 3],
      d: [5, 2, 3, 3],
    });
    expect(sentences).toContain(
      "Discuss first where the team disagrees: governance label (votes from 1 to 5) and speed label (votes from 2 to 5).",
    );
  });

  it("adds the small-team note from the framework, or a generic one", () => {
    const framework = { ...workedFramework, smallTeamNote: "a checklist is plenty." };
    expect(explain(framework, { a: [3, 3, 3, 3], b: [3, 3, 3, 3] }, { teamSize: 2 })).toContain(
      "For a team of two, a checklist is plenty.",
    );
    expect(explain(workedFramework, { a: [3, 3, 3, 3] }, { teamSize: 1 }).join(" ")).toContain(
      "For a team of one, the lightest version",
    );
    // Two people voting say nothing of how big the team is.
    expect(explain(framework, { a: [3, 3, 3, 3], b: [3, 3, 3, 3] }).join(" ")).not.toContain(
      "For a team of",
    );
  });

  it("says when fewer than three voters cap the confidence", () => {
    const sentences = explain(workedFramework, { a: [5, 2, 2, 1], b: [5, 2, 2, 1] });
    expect(sentences.join(" ")).toContain(
      "the team is not split on any criterion, but only 2 people voted for it to be high.",
    );
  });

  it("falls back to the team's value where no move of like votes does it", () => {
    // Speed votes 1 and 2: the loop needs the team at 4, which takes both people moving from
    // different scores; moving the people of one score never gets there.
    const result = recommend(workedFramework, ballotsFrom({ x: [1, 1, 1, 1], y: [1, 2, 1, 1] }));
    expect(result.voteFlips.map((flip) => flip.criterion)).not.toContain("speed");
    expect(result.explanation).toContain(
      "If the team's speed label were 4 rather than 1.5, the answer would be Option ITERATIVE-LOOP.",
    );
  });

  it("does not claim a cap at medium when the confidence is low anyway", () => {
    const sentences = explain(workedFramework, { a: [1, 5, 2, 1], b: [5, 1, 5, 5] });
    const confidence = sentences.find((s) => s.startsWith("Confidence is low"));
    expect(confidence).toBeDefined();
    expect(confidence).not.toContain("capped");
    expect(confidence).toContain("Only 2 people voted");
  });

  it("says both voters rather than all 2", () => {
    expect(explain(workedFramework, { a: [5, 2, 2, 1], b: [5, 2, 2, 1] })).toContain(
      "Scored on their own votes alone, both voters would arrive at Option LINEAR-HANDOFF.",
    );
  });

  it("says how many single voters could change the result", () => {
    const sentences = explain(workedFramework, { p1: [null, 3, 4, 4], p2: [5, null, null, null] });
    expect(sentences).toContain(
      "The outcome leans on one voter: leaving out that single ballot would change the recommendation.",
    );
  });

  it("says there is nothing to score yet, and why", () => {
    expect(explain(workedFramework, {})).toEqual([
      "Nothing to score yet: nobody has voted on a criterion that counts.",
    ]);
    const weights = { governance: 0, speed: 0, skills: 0, cost: 0 };
    expect(
      explain(workedFramework, { a: [3, 3, 3, 3], b: [1, 1, 1, 1], c: [2, 2, 2, 2] }, { weights }),
    ).toEqual([
      "Nothing to score yet: every criterion has weight 0, so there is nothing to compare the options on.",
    ]);
  });
});

describe("domain facts in the explanation", () => {
  const framework: Framework = structuredClone(workedFramework);
  framework.options[1]!.implementation = {
    pilot: "try it on one model for a month.",
    roles: "Name a driver.",
    scaling: "One model at a time.",
    review: "Every quarter.",
  };
  framework.options[1]!.risks = ["Audits can surprise you.", "Roles blur."];
  framework.facts = [
    { id: "always", question: "Q1?", answer: "Reference only." },
    {
      id: "loop",
      question: "Q2?",
      answer: "Loop fact.",
      appliesWhen: { recommended: "iterative-loop" },
    },
    {
      id: "slow",
      question: "Q3?",
      answer: "Slow fact.",
      appliesWhen: { criterion: "speed", atMost: 2 },
    },
    {
      id: "fast",
      question: "Q4?",
      answer: "Fast fact.",
      appliesWhen: { criterion: "speed", atLeast: 4 },
    },
  ];

  it("adds the winner's pilot, its risks and the facts whose condition holds", () => {
    const sentences = explain(framework, { a: [2, 5, 3, 2], b: [2, 5, 3, 2], c: [2, 5, 3, 2] });
    expect(sentences.slice(-4)).toEqual([
      "First step: try it on one model for a month.",
      "Typical risks with Option ITERATIVE-LOOP: Audits can surprise you. Roles blur.",
      "Loop fact.",
      "Fast fact.",
    ]);
  });

  it("leaves out another option's pilot and facts that do not apply", () => {
    const sentences = explain(framework, { a: [5, 2, 2, 1], b: [5, 2, 2, 1], c: [5, 1, 2, 1] });
    const text = sentences.join(" ");
    expect(text).not.toContain("First step");
    expect(text).not.toContain("Loop fact");
    expect(text).not.toContain("Reference only");
    expect(text).toContain("Slow fact.");
  });
});

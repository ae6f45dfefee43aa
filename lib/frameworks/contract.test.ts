import { describe, expect, it } from "vitest";
import { recommend, SCORING_CONTRACT } from "@/lib/scoring";
import { scoredUnder } from "./contract";
import { mlLifecycle } from "./ml-lifecycle";

const speedOfPipeline = (framework: typeof mlLifecycle) =>
  framework.options.find((option) => option.id === "continuous-delivery")?.profile.speed;

describe("scoredUnder", () => {
  // A workshop created under contract 1 froze the pipeline's speed at 4.
  const frozenBefore = scoredUnder(mlLifecycle, 1);

  it("gives a framework frozen under contract 1 the profile of the current contract", () => {
    expect(speedOfPipeline(frozenBefore)).toBe(4);
    expect(speedOfPipeline(scoredUnder(frozenBefore, SCORING_CONTRACT))).toBe(5);
    expect(scoredUnder(frozenBefore, 2)).toEqual(mlLifecycle);
  });

  it("changes the score of the case contract 2 was made for", () => {
    const votes = { governance: 2, speed: 5, skills: 5, cost: 5 };
    const ballots = ["a", "b", "c"].map((participantId) => ({ participantId, votes }));
    expect(recommend(frozenBefore, ballots, { contract: 1 }).recommended).toBe("iterative-loop");
    expect(recommend(scoredUnder(frozenBefore, 2), ballots).recommended).toBe(
      "continuous-delivery",
    );
  });

  it("leaves other frameworks, and values no contract had, alone", () => {
    const other = { ...mlLifecycle, id: "someone-elses" };
    expect(scoredUnder(other, 1)).toBe(other);
    const custom = {
      ...mlLifecycle,
      options: mlLifecycle.options.map((option) => ({
        ...option,
        profile: { ...option.profile, speed: 3 as const },
      })),
    };
    expect(speedOfPipeline(scoredUnder(custom, 2))).toBe(3);
  });
});

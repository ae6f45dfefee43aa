import { describe, expect, it } from "vitest";
import { recommend } from "./index";
import {
  ballotsFrom,
  makeFramework,
  version1Framework,
  workedBallots,
  workedFramework,
} from "./test-fixtures";

describe("the worked example of docs/scoring.md", () => {
  const result = recommend(workedFramework, workedBallots);

  it("derives the team profile from the medians", () => {
    expect(result.profile).toEqual({ governance: 4.5, speed: 3, skills: 4, cost: 3 });
    expect(result.activeCriteria).toEqual(["governance", "speed", "skills", "cost"]);
    expect(result.voters).toBe(4);
  });

  it("scores every option exactly", () => {
    expect(result.ranking).toEqual([
      {
        optionId: "linear-handoff",
        fit: 86.71875,
        criticalGaps: [],
        penalties: { governance: 0.125, speed: 1, skills: 0.5, cost: 0.5 },
      },
      {
        optionId: "continuous-delivery",
        fit: 81.25,
        criticalGaps: [],
        penalties: { governance: 1.5, speed: 0.5, skills: 0, cost: 1 },
      },
      {
        optionId: "iterative-loop",
        fit: 78.125,
        criticalGaps: ["governance"],
        penalties: { governance: 2.5, speed: 0.5, skills: 0.25, cost: 0.25 },
      },
    ]);
    expect(result.recommended).toBe("linear-handoff");
  });

  it("is no close call: continuous delivery trails by 5.47 points", () => {
    expect(result.closeCall).toBeNull();
    expect(result.contract).toBe(2);
  });

  it("keeps the recommendation in 72 of 81 quartile combinations", () => {
    expect(result.stabilityCounts).toEqual({ kept: 72, total: 81 });
    expect(result.stability).toBe(72 / 81);
    expect(result.confidence).toBe("medium");
    expect(result.confidenceCaps).toEqual([]);
  });

  it("says each flip in votes: two people moving is the least that changes it", () => {
    expect(result.voteFlips).toEqual([
      {
        criterion: "governance",
        voters: 2,
        from: 4,
        to: 2,
        newRecommendation: "continuous-delivery",
      },
      { criterion: "speed", voters: 2, from: 3, to: 4, newRecommendation: "continuous-delivery" },
      { criterion: "cost", voters: 2, from: 3, to: 4, newRecommendation: "continuous-delivery" },
    ]);
    // Moving those votes on the ballots themselves gives the new answer; one fewer does not.
    for (const flip of result.voteFlips) {
      const moved = (count: number) => {
        let left = count;
        return workedBallots.map((ballot) => {
          if (left === 0 || ballot.votes[flip.criterion] !== flip.from) return ballot;
          left -= 1;
          return { ...ballot, votes: { ...ballot.votes, [flip.criterion]: flip.to } };
        });
      };
      expect(recommend(workedFramework, moved(flip.voters)).recommended).toBe(
        flip.newRecommendation,
      );
      expect(recommend(workedFramework, moved(flip.voters - 1)).recommended).toBe("linear-handoff");
    }
  });

  it("finds the three flips, governance skipping the tie at 4", () => {
    expect(result.flips).toEqual([
      { criterion: "governance", to: 3.5, newRecommendation: "continuous-delivery" },
      { criterion: "speed", to: 4, newRecommendation: "continuous-delivery" },
      { criterion: "cost", to: 4, newRecommendation: "continuous-delivery" },
    ]);
    const tied = recommend(
      workedFramework,
      ballotsFrom({ p1: [4, 3, 4, 3], p2: [4, 3, 4, 3], p3: [4, 3, 4, 3] }),
    );
    expect(tied.ranking.map((r) => [r.optionId, r.fit])).toEqual([
      ["linear-handoff", 85.9375],
      ["continuous-delivery", 84.375],
      ["iterative-loop", 81.25],
    ]);
  });

  it("tallies all four voters for linear handoff, none of them pivotal", () => {
    expect(result.tally).toEqual({
      "linear-handoff": 4,
      "iterative-loop": 0,
      "continuous-delivery": 0,
    });
    expect(result.leaveOneOut).toEqual([]);
  });

  it("finds nothing disputed although governance spans a whole point", () => {
    expect(result.disputed).toEqual([]);
    expect(result.summaries.governance).toEqual({
      n: 4,
      median: 4.5,
      mean: 4.5,
      min: 4,
      max: 5,
      q1: 4,
      q3: 5,
      iqr: 1,
      rwg: 1 - 1 / 3 / 2,
      ad: 0.5,
      histogram: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 2 },
      disputed: false,
    });
    expect(result.summaries.speed).toMatchObject({ q1: 2.75, median: 3, q3: 3.25, iqr: 0.5 });
  });

  it("survives a JSON round trip unchanged", () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("survives a JSON round trip with a weight and team size of -0", () => {
    // JSON writes -0 as 0, so a -0 passed through unchanged would not come back equal.
    const signed = recommend(workedFramework, workedBallots, {
      weights: { cost: -0 },
      teamSize: -0,
    });
    expect(JSON.parse(JSON.stringify(signed))).toEqual(signed);
  });
});

describe("who counts as a voter", () => {
  it("ignores ballots that are all 'not sure' or only vote on weightless criteria", () => {
    const ballots = [
      ...ballotsFrom({ p1: [5, 3, 4, 3], p2: [4, 3, 4, 3] }),
      ...ballotsFrom({ silent: [null, null, null, null], costOnly: [null, null, null, 5] }),
    ];
    const result = recommend(workedFramework, ballots, { weights: { cost: 0 } });
    expect(result.voters).toBe(2);
    expect(result.teamSize).toBeNull();
    expect(Object.values(result.tally).reduce((a, b) => a + b, 0)).toBe(2);
    expect(result.summaries.cost?.n).toBe(3);
    expect(result.explanation).toMatchObject({ confidence: { reason: { voters: 2 } } });
  });

  it("counts a ballot with a single vote on one active criterion", () => {
    const ballots = ballotsFrom({
      p1: [5, 3, 4, 3],
      p2: [4, 3, 4, 3],
      p3: [null, null, 2, null],
    });
    expect(recommend(workedFramework, ballots).voters).toBe(3);
  });
});

describe("stability", () => {
  // One need criterion: A suits a team value up to 2.4, B anything above.
  const framework = makeFramework(
    [{ id: "need", kind: "need" }],
    [
      { id: "a", profile: { need: 2 } },
      { id: "b", profile: { need: 4 } },
    ],
  );

  it("counts equal quartiles as separate combinations", () => {
    // q1 = median = 2 keep A; q3 = 2.5 hands it to B: 2 of 3, not 1 of 2.
    const result = recommend(
      framework,
      ballotsFrom({ p1: [2], p2: [2], p3: [2], p4: [4] }, ["need"]),
    );
    expect(result.summaries.need).toMatchObject({ q1: 2, median: 2, q3: 2.5 });
    expect(result.recommended).toBe("a");
    expect(result.stabilityCounts).toEqual({ kept: 2, total: 3 });
    expect(result.stability).toBeCloseTo(2 / 3, 12);
    expect(result.confidence).toBe("medium");
  });

  it("is 1 when everyone votes alike", () => {
    const result = recommend(
      workedFramework,
      ballotsFrom({ p1: [5, 2, 2, 1], p2: [5, 2, 2, 1], p3: [5, 2, 2, 1] }),
    );
    expect(result.stability).toBe(1);
    expect(result.stabilityCounts).toEqual({ kept: 81, total: 81 });
    expect(result.confidence).toBe("high");
  });

  it("uses only the active criteria, so fewer combinations", () => {
    const result = recommend(workedFramework, workedBallots, { weights: { cost: 0, skills: 0 } });
    expect(result.stabilityCounts.total).toBe(9);
  });
});

describe("flips", () => {
  it("reports the lower value when both directions flip at the same distance", () => {
    const result = recommend(version1Framework, ballotsFrom({ p1: [3, 3, 3, 4] }));
    expect(result.recommended).toBe("continuous-delivery");
    expect(result.flips[0]).toEqual({
      criterion: "governance",
      to: 2,
      newRecommendation: "iterative-loop",
    });
    const above = recommend(version1Framework, ballotsFrom({ p1: [4, 3, 3, 4] }));
    expect(above.recommended).toBe("linear-handoff");
  });

  it("reports nothing for a criterion that cannot change the answer", () => {
    const result = recommend(workedFramework, ballotsFrom({ p1: [5, 1, 1, 1], p2: [5, 1, 1, 1] }));
    expect(result.recommended).toBe("linear-handoff");
    expect(result.flips.map((flip) => flip.criterion)).not.toContain("cost");
    for (const flip of result.flips) {
      expect(flip.to % 0.5).toBe(0);
      expect(flip.to).toBeGreaterThanOrEqual(1);
      expect(flip.to).toBeLessThanOrEqual(5);
    }
  });
});

describe("leave-one-out", () => {
  it("is only computed with at least two voters", () => {
    const one = recommend(
      workedFramework,
      ballotsFrom({ p1: [5, 2, 2, 1], silent: [null, null, null, null] }),
    );
    expect(one.voters).toBe(1);
    expect(one.leaveOneOut).toEqual([]);
    expect(
      recommend(workedFramework, ballotsFrom({ p1: [5, 2, 2, 1] }), { anonymous: true })
        .leaveOneOut,
    ).toEqual({ count: 0 });
  });

  it("drops a criterion whose only vote leaves with its voter", () => {
    // p2 casts the only governance vote; without it the rest points to the pipeline.
    const ballots = ballotsFrom({
      p1: [null, 3, 4, 4],
      p2: [5, null, null, null],
    });
    const result = recommend(workedFramework, ballots);
    const withoutP2 = recommend(workedFramework, ballots.slice(0, 1));
    expect(withoutP2.activeCriteria).toEqual(["speed", "skills", "cost"]);
    expect(withoutP2.recommended).toBe("continuous-delivery");
    expect(result.recommended).toBe("linear-handoff");
    expect(result.leaveOneOut).toEqual(["p2"]);
  });

  it("matches removing each voter and scoring again", () => {
    const ballots = ballotsFrom({
      ana: [5, 1, 2, 1],
      ben: [2, 5, 3, 2],
      cy: [3, 4, 4, 4],
      dee: [null, 4, 4, null],
    });
    const result = recommend(workedFramework, ballots);
    const expected = ballots
      .filter(
        (ballot) =>
          recommend(
            workedFramework,
            ballots.filter((other) => other !== ballot),
          ).recommended !== result.recommended,
      )
      .map((ballot) => ballot.participantId)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(result.leaveOneOut).toEqual(expected);
    expect(recommend(workedFramework, ballots, { anonymous: true }).leaveOneOut).toEqual({
      count: expected.length,
    });
  });
});

describe("individual tally", () => {
  it("replaces a voter's 'not sure' with the team median", () => {
    // On governance alone p3 would get the handoff, and with 3 for every "not sure" too;
    // filled in with the team's medians (5, 3, 2) p3 lands on the loop like everyone else.
    const ballots = ballotsFrom({
      p1: [2, 5, 3, 2],
      p2: [2, 5, 3, 2],
      p3: [5, null, null, null],
    });
    const result = recommend(workedFramework, ballots);
    expect(result.profile).toEqual({ governance: 2, speed: 5, skills: 3, cost: 2 });
    expect(recommend(workedFramework, ballotsFrom({ p3: [5, null, null, null] })).recommended).toBe(
      "linear-handoff",
    );
    expect(recommend(workedFramework, ballotsFrom({ p3: [5, 3, 3, 3] })).recommended).toBe(
      "linear-handoff",
    );
    expect(result.tally).toEqual({
      "linear-handoff": 0,
      "iterative-loop": 3,
      "continuous-delivery": 0,
    });
    expect(result.choices).toEqual({
      p1: "iterative-loop",
      p2: "iterative-loop",
      p3: "iterative-loop",
    });
  });

  it("names each voter's own choice only in named workshops", () => {
    const ballots = ballotsFrom({
      p1: [5, 2, 2, 1],
      p2: [2, 5, 3, 2],
      p3: [null, null, null, null],
    });
    expect(recommend(workedFramework, ballots).choices).toEqual({
      p1: "linear-handoff",
      p2: "iterative-loop",
    });
    expect(recommend(workedFramework, ballots, { anonymous: true }).choices).toEqual({});
  });
});

describe("disputed criteria", () => {
  it("lists only active criteria", () => {
    const ballots = ballotsFrom({ p1: [1, 1, 3, 3], p2: [5, 5, 3, 3], p3: [3, 3, 3, 3] });
    const result = recommend(workedFramework, ballots, { weights: { speed: 0 } });
    expect(result.disputed).toEqual(["governance"]);
    expect(result.summaries.speed?.disputed).toBe(false);
    expect(result.summaries.speed?.max).toBe(5);
    expect(result.summaries.governance?.disputed).toBe(true);
  });

  it("caps confidence at medium when something is disputed, however stable", () => {
    const ballots = ballotsFrom({ p1: [1, 1, 1, 1], p2: [5, 1, 1, 1], p3: [1, 5, 1, 1] });
    const result = recommend(workedFramework, ballots);
    expect(result.stability).toBe(1);
    expect(result.disputed).toEqual(["governance", "speed"]);
    expect(result.confidence).toBe("medium");
    expect(result.confidenceCaps).toEqual([]);
  });
});

describe("nothing to score", () => {
  const check = (result: ReturnType<typeof recommend>) => {
    expect(result.recommended).toBeNull();
    expect(result.ranking).toEqual(
      ["linear-handoff", "iterative-loop", "continuous-delivery"].map((optionId) => ({
        optionId,
        fit: null,
        criticalGaps: [],
        penalties: {},
      })),
    );
    expect(result.stability).toBe(0);
    expect(result.confidence).toBe("low");
    expect(result.flips).toEqual([]);
    expect(result.closeCall).toBeNull();
    expect(result.activeCriteria).toEqual([]);
    expect(result.explanation.kind).toBe("nothing-to-score");
  };

  it("applies without ballots", () => {
    const result = recommend(workedFramework, []);
    check(result);
    expect(result.voters).toBe(0);
    expect(result.tally).toEqual({
      "linear-handoff": 0,
      "iterative-loop": 0,
      "continuous-delivery": 0,
    });
    expect(result.profile).toEqual({ governance: null, speed: null, skills: null, cost: null });
  });

  it("applies when every vote is 'not sure'", () => {
    const ballots = ballotsFrom({
      p1: [null, null, null, null],
      p2: [],
      p3: [null, null, null, null],
    });
    const result = recommend(workedFramework, ballots);
    check(result);
    expect(result.summaries.speed).toMatchObject({ n: 0, median: null, rwg: null, ad: null });
    expect(result.explanation).toMatchObject({ reason: "no-votes" });
  });

  it("applies when every weight is 0, while still showing the votes", () => {
    const weights = { governance: 0, speed: 0, skills: 0, cost: 0 };
    const result = recommend(workedFramework, workedBallots, { weights });
    check(result);
    expect(result.profile.governance).toBe(4.5);
    expect(result.voters).toBe(0);
    expect(result.explanation).toMatchObject({ reason: "all-weightless" });
  });
});

describe("close call", () => {
  it("needs a margin strictly below 5 points", () => {
    const ballots = ballotsFrom({ p1: [1, 3, 2, 2], p2: [1, 3, 2, 2], p3: [1, 3, 2, 2] });
    const result = recommend(workedFramework, ballots, { weights: { speed: 2 } });
    expect(result.ranking.slice(0, 2)).toMatchObject([
      { optionId: "iterative-loop", fit: 88.75, criticalGaps: [] },
      { optionId: "linear-handoff", fit: 83.75, criticalGaps: [] },
    ]);
    expect(result.closeCall).toBeNull();
  });

  it("needs the same number of critical gaps", () => {
    const ballots = ballotsFrom({ p1: [1, 3, 1, 2] });
    const result = recommend(workedFramework, ballots);
    const [first, second] = result.ranking;
    expect(first?.criticalGaps.length).toBeLessThan(second?.criticalGaps.length ?? 0);
    expect((first?.fit ?? 0) - (second?.fit ?? 0)).toBeLessThan(5);
    expect(result.closeCall).toBeNull();
  });

  it("does not call a margin of 5 close when rounding noise makes it 4.99999…", () => {
    // Exactly 5 points apart (90.83 against 85.83), but the sums in floating point put the
    // difference at 4.999999999999986.
    const ballots = ballotsFrom({ p1: [1, 1, 4, 4] });
    const result = recommend(version1Framework, ballots, {
      weights: { speed: 3, skills: 0.5, cost: 3 },
    });
    const [first, second] = result.ranking;
    expect(first?.criticalGaps).toEqual(second?.criticalGaps);
    expect((first?.fit ?? 0) - (second?.fit ?? 0)).toBeCloseTo(5, 9);
    expect(result.closeCall).toBeNull();
  });

  it("reports a tie as a margin of 0", () => {
    const ballots = ballotsFrom({ p1: [4, 3, 4, 3] });
    expect(recommend(version1Framework, ballots).closeCall).toEqual({
      optionIds: ["linear-handoff", "continuous-delivery"],
      margin: 0,
    });
  });
});

describe("team size", () => {
  const note = (result: ReturnType<typeof recommend>) => result.explanation.smallTeam !== null;

  it("is only what the facilitator entered: two ballots say nothing of the team's size", () => {
    const two = recommend(workedFramework, ballotsFrom({ p1: [3, 3, 3, 3], p2: [3, 3, 3, 3] }));
    expect(two.teamSize).toBeNull();
    expect(note(two)).toBe(false);
  });

  it("under contract 1 defaulted to the number of ballots, voters or not", () => {
    const two = ballotsFrom({ p1: [3, 3, 3, 3], p2: [3, 3, 3, 3] });
    expect(note(recommend(workedFramework, two, { contract: 1 }))).toBe(true);
    const three = recommend(
      workedFramework,
      ballotsFrom({ p1: [3, 3, 3, 3], p2: [3, 3, 3, 3], p3: [] }),
      { contract: 1 },
    );
    expect(three.teamSize).toBe(3);
    expect(note(three)).toBe(false);
  });

  it("takes options.teamSize when given", () => {
    expect(note(recommend(workedFramework, workedBallots, { teamSize: 2 }))).toBe(true);
    expect(note(recommend(workedFramework, workedBallots, { teamSize: 1 }))).toBe(true);
    const large = recommend(workedFramework, ballotsFrom({ p1: [3, 3, 3, 3] }), { teamSize: 8 });
    expect(large.teamSize).toBe(8);
    expect(note(large)).toBe(false);
    expect(note(recommend(workedFramework, [], { teamSize: 0 }))).toBe(false);
  });

  it("still gives the note when there is nothing to score", () => {
    const result = recommend(workedFramework, [], { teamSize: 2 });
    expect(result.explanation).toMatchObject({ kind: "nothing-to-score", smallTeam: 2 });
    expect(note(result)).toBe(true);
  });
});

describe("confidence", () => {
  it("is high with stability >= 0.9, nothing disputed and three voters", () => {
    const result = recommend(
      workedFramework,
      ballotsFrom({ p1: [5, 2, 2, 1], p2: [5, 2, 2, 1], p3: [5, 2, 3, 1] }),
    );
    expect(result.stability).toBeGreaterThanOrEqual(0.9);
    expect(result.confidence).toBe("high");
  });

  it("is capped at medium below three voters and says so", () => {
    const result = recommend(workedFramework, ballotsFrom({ p1: [5, 2, 2, 1], p2: [5, 2, 2, 1] }));
    expect(result.stability).toBe(1);
    expect(result.confidence).toBe("medium");
    expect(result.confidenceCaps).toEqual(["few-voters"]);
    expect(result.explanation).toMatchObject({
      confidence: { reason: { kind: "capped", caps: ["few-voters"], voters: 2 } },
    });
  });

  it("is capped at medium by a close call, which contract 1 did not do", () => {
    // Linear handoff 85.9375, continuous delivery 84.375: a close call, however stable.
    const ballots = ballotsFrom({ p1: [4, 3, 4, 3], p2: [4, 3, 4, 3], p3: [4, 3, 4, 3] });
    const result = recommend(workedFramework, ballots);
    expect(result.closeCall?.margin).toBe(1.5625);
    expect(result.stability).toBe(1);
    expect(result.confidence).toBe("medium");
    expect(result.confidenceCaps).toEqual(["close-call"]);
    expect(result.explanation).toMatchObject({
      confidence: { reason: { kind: "capped", caps: ["close-call"] } },
    });
    const before = recommend(workedFramework, ballots, { contract: 1 });
    expect(before.confidence).toBe("high");
    expect(before.confidenceCaps).toEqual([]);
  });

  it("names both caps when both apply", () => {
    const ballots = ballotsFrom({ p1: [4, 3, 4, 3], p2: [4, 3, 4, 3] });
    const result = recommend(workedFramework, ballots);
    expect(result.confidenceCaps).toEqual(["few-voters", "close-call"]);
    expect(result.explanation).toMatchObject({
      confidence: { reason: { kind: "capped", caps: ["few-voters", "close-call"], voters: 2 } },
    });
  });

  it("is low below 0.6 stability", () => {
    const result = recommend(
      workedFramework,
      ballotsFrom({ p1: [2, 4, 1, 1], p2: [3, 4, 1, 1], p3: [2, 3, 1, 1] }),
    );
    expect(result.stability).toBeLessThan(0.6);
    expect(result.confidence).toBe("low");
  });
});

describe("weights", () => {
  it("weight 0 removes a criterion from scoring but keeps it on show", () => {
    const result = recommend(workedFramework, workedBallots, { weights: { governance: 0 } });
    expect(result.activeCriteria).toEqual(["speed", "skills", "cost"]);
    expect(result.weights).toEqual({ governance: 0, speed: 1, skills: 1, cost: 1 });
    expect(result.profile.governance).toBe(4.5);
    expect(result.summaries.governance?.n).toBe(4);
    for (const option of result.ranking) {
      expect(option.penalties).not.toHaveProperty("governance");
      expect(option.criticalGaps).not.toContain("governance");
    }
    expect(result.flips.map((flip) => flip.criterion)).not.toContain("governance");
  });

  it("scales penalties and fit by weight", () => {
    const result = recommend(workedFramework, workedBallots, { weights: { governance: 2 } });
    const linear = result.ranking.find((option) => option.optionId === "linear-handoff");
    expect(linear?.penalties.governance).toBe(0.25);
    expect(linear?.fit).toBe(100 * (1 - 2.25 / 20));
  });
});

describe("edge cases", () => {
  it("scores a single voter", () => {
    const result = recommend(workedFramework, ballotsFrom({ solo: [2, 5, 3, 2] }), {
      teamSize: 1,
    });
    expect(result.recommended).toBe("iterative-loop");
    expect(result.ranking[0]?.fit).toBe(100);
    expect(result.summaries.speed).toMatchObject({ n: 1, iqr: 0, rwg: null, ad: 0 });
    expect(result.stability).toBe(1);
    expect(result.confidence).toBe("medium");
    expect(result.tally["iterative-loop"]).toBe(1);
    expect(result.explanation.smallTeam).toBe(1);
  });

  it("scores two voters with .5 medians", () => {
    const result = recommend(workedFramework, ballotsFrom({ a: [4, 2, 3, 1], b: [5, 3, 4, 2] }));
    expect(result.profile).toEqual({ governance: 4.5, speed: 2.5, skills: 3.5, cost: 1.5 });
    expect(result.summaries.governance?.rwg).toBe(0.75);
    for (const option of result.ranking) expect(Number.isFinite(option.fit)).toBe(true);
  });

  it("handles an extreme split of 1, 1, 5, 5", () => {
    const result = recommend(
      workedFramework,
      ballotsFrom({ a: [1, 3, 3, 3], b: [1, 3, 3, 3], c: [5, 3, 3, 3], d: [5, 3, 3, 3] }),
    );
    expect(result.summaries.governance).toMatchObject({
      median: 3,
      mean: 3,
      q1: 1,
      q3: 5,
      iqr: 4,
      rwg: 0,
      ad: 2,
      disputed: true,
    });
    expect(result.disputed).toEqual(["governance"]);
    expect(result.confidence).not.toBe("high");
    expect(result.explanation).toMatchObject({
      agenda: [{ criterion: "governance", min: 1, max: 5 }],
    });
  });
});

import { describe, expect, it } from "vitest";
import { recommend, ScoringInputError, validateFramework, type Framework } from "./index";
import { workedBallots, workedFramework } from "./test-fixtures";

function errorOf(run: () => unknown): ScoringInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringInputError) return error;
    throw error;
  }
  throw new Error("expected a ScoringInputError");
}

const score = (ballots: unknown, options?: unknown) => () =>
  recommend(workedFramework, ballots as never, options as never);

describe("ballot validation", () => {
  it("rejects something that is not a list", () => {
    const error = errorOf(score({ p1: {} }));
    expect(error.code).toBe("invalid-ballots");
    expect(error.name).toBe("ScoringInputError");
  });

  it("names the ballot that is not an object", () => {
    const error = errorOf(score([workedBallots[0], null]));
    expect(error).toMatchObject({ code: "invalid-ballot", item: "ballots[1]" });
  });

  it("names a hole in the list of ballots instead of skipping it", () => {
    const error = errorOf(score([, ...workedBallots]));
    expect(error).toMatchObject({ code: "invalid-ballot", item: "ballots[0]" });
  });

  it("requires a participant id", () => {
    for (const participantId of [undefined, "", 7]) {
      const error = errorOf(score([{ participantId, votes: {} }]));
      expect(error).toMatchObject({
        code: "invalid-participant",
        item: "ballots[0].participantId",
      });
    }
  });

  it("rejects duplicate participants", () => {
    const error = errorOf(score([...workedBallots, { participantId: "p2", votes: {} }]));
    expect(error).toMatchObject({ code: "duplicate-participant", item: 'participant "p2"' });
    expect(error.message).toContain("p2");
  });

  it("requires votes to be an object", () => {
    for (const votes of [undefined, null, [3, 3], "3"]) {
      const error = errorOf(score([{ participantId: "p1", votes }]));
      expect(error).toMatchObject({ code: "invalid-ballot", item: 'participant "p1"' });
    }
  });

  it("names an unknown criterion and who used it", () => {
    const error = errorOf(score([{ participantId: "p1", votes: { budget: 3 } }]));
    expect(error.code).toBe("unknown-criterion");
    expect(error.item).toBe('participant "p1", criterion "budget"');
  });

  it("accepts only whole scores 1..5 or null", () => {
    for (const vote of [0, 6, 2.5, -1, "3", NaN, Infinity, true, {}]) {
      const error = errorOf(score([{ participantId: "p9", votes: { speed: vote } }]));
      expect(error).toMatchObject({
        code: "invalid-vote",
        item: 'participant "p9", criterion "speed"',
      });
    }
  });

  it("treats missing criteria and null as 'not sure'", () => {
    const result = recommend(workedFramework, [
      { participantId: "p1", votes: { speed: 4 } },
      { participantId: "p2", votes: { speed: null, governance: 2 } },
    ]);
    expect(result.summaries.speed?.n).toBe(1);
    expect(result.summaries.cost?.n).toBe(0);
    expect(result.activeCriteria).toEqual(["governance", "speed"]);
  });
});

describe("options validation", () => {
  it("rejects options that are not an object", () => {
    expect(errorOf(score(workedBallots, null)).code).toBe("invalid-options");
    expect(errorOf(score(workedBallots, 3)).code).toBe("invalid-options");
  });

  it("rejects weights that are negative, not finite or not numbers", () => {
    for (const weight of [-1, NaN, Infinity, -Infinity, "2", null]) {
      const error = errorOf(score(workedBallots, { weights: { cost: weight } }));
      expect(error).toMatchObject({ code: "invalid-weight", item: 'weight "cost"' });
    }
  });

  it("rejects weights too large to add up safely", () => {
    expect(errorOf(score(workedBallots, { weights: { cost: 1e300 } })).code).toBe("invalid-weight");
  });

  it("rejects weights for unknown criteria", () => {
    const error = errorOf(score(workedBallots, { weights: { budget: 1 } }));
    expect(error).toMatchObject({ code: "unknown-criterion", item: 'weight "budget"' });
  });

  it("rejects a weights value that is not a map", () => {
    expect(errorOf(score(workedBallots, { weights: [1, 2] })).code).toBe("invalid-weight");
  });

  it("accepts a team size that is a whole number >= 0 only", () => {
    for (const teamSize of [-1, 1.5, NaN, "3", Infinity]) {
      const error = errorOf(score(workedBallots, { teamSize }));
      expect(error).toMatchObject({ code: "invalid-team-size", item: "teamSize" });
    }
    expect(recommend(workedFramework, workedBallots, { teamSize: 0 }).teamSize).toBe(0);
  });

  it("requires anonymous to be a boolean", () => {
    expect(errorOf(score(workedBallots, { anonymous: "yes" })).code).toBe("invalid-options");
  });
});

describe("framework validation", () => {
  const broken = (change: (framework: Framework) => void) => {
    const framework = structuredClone(workedFramework);
    change(framework);
    const error = errorOf(() => validateFramework(framework));
    expect(error.code).toBe("invalid-framework");
    expect(() => recommend(framework, workedBallots)).toThrow(ScoringInputError);
    return error.item;
  };

  it("accepts the test framework", () => {
    expect(() => validateFramework(workedFramework)).not.toThrow();
  });

  it("names a hole in a list of the framework", () => {
    expect(broken((f) => void (f.criteria = [, ...f.criteria] as never))).toBe("criterion[0]");
    expect(broken((f) => void (f.options = [...f.options, ,] as never))).toBe("option[3]");
  });

  it("names duplicate criteria and options", () => {
    expect(broken((f) => void f.criteria.push({ ...f.criteria[0]! }))).toBe(
      'criterion "governance"',
    );
    expect(broken((f) => void f.options.push({ ...f.options[0]! }))).toBe(
      'option "linear-handoff"',
    );
  });

  it("requires ids that are safe object keys", () => {
    expect(broken((f) => void (f.criteria[0]!.id = "__proto__"))).toBe("criterion[0]");
    expect(broken((f) => void (f.options[1]!.id = ""))).toBe("option[1]");
  });

  it("requires the roles a decision names owners for, and the cost of not deciding, as texts", () => {
    const path = { pilot: "p", roles: "r", scaling: "s", review: "v" };
    expect(broken((f) => void (f.options[0]!.implementation = { ...path, owners: [] }))).toBe(
      'option "linear-handoff".implementation.owners',
    );
    expect(
      broken((f) => void (f.options[0]!.implementation = { ...path, owners: ["Owner", " "] })),
    ).toBe('option "linear-handoff".implementation.owners');
    expect(broken((f) => void (f.withoutDecision = ""))).toBe("framework.withoutDecision");
    const fine = structuredClone(workedFramework);
    fine.options[0]!.implementation = { ...path, owners: ["Pipeline owner"] };
    fine.withoutDecision = "Each model finds its own way.";
    expect(() => validateFramework(fine)).not.toThrow();
  });

  it("requires a complete profile of whole numbers 1..5", () => {
    expect(broken((f) => delete (f.options[0]!.profile as Record<string, number>).cost)).toBe(
      'option "linear-handoff".profile.cost',
    );
    expect(broken((f) => void ((f.options[2]!.profile as Record<string, number>).speed = 6))).toBe(
      'option "continuous-delivery".profile.speed',
    );
    expect(broken((f) => void ((f.options[0]!.profile as Record<string, number>).budget = 3))).toBe(
      'option "linear-handoff".profile.budget',
    );
  });

  it("requires both ends of every scale and a valid kind", () => {
    expect(broken((f) => delete (f.criteria[1]!.anchors as Record<number, string>)[5])).toBe(
      'criterion "speed".anchors',
    );
    expect(broken((f) => void ((f.criteria[1]!.anchors as Record<number, string>)[7] = "x"))).toBe(
      'criterion "speed".anchors.7',
    );
    expect(broken((f) => void (f.criteria[0]!.kind = "wish" as never))).toBe(
      'criterion "governance".kind',
    );
  });

  it("requires the phrases the explanation is built from", () => {
    expect(broken((f) => void (f.criteria[2]!.shortfall = " "))).toBe(
      'criterion "skills".shortfall',
    );
  });

  it("requires every trade-off row to cover every option", () => {
    const item = broken((f) => {
      f.tradeOffs.push({ id: "cost", dimension: "Cost", cells: { "linear-handoff": "Low" } });
    });
    expect(item).toBe('trade-off row "cost".cells.iterative-loop');
  });

  it("requires a trade-off row to name criteria of the framework", () => {
    const cells = {
      "linear-handoff": "Low",
      "iterative-loop": "Low",
      "continuous-delivery": "High",
    };
    const item = broken((f) => {
      f.tradeOffs.push({ id: "cost", dimension: "Cost", cells, criteria: ["budget"] });
    });
    expect(item).toBe('trade-off row "cost".criteria');
  });

  it("requires facts to refer to known options and criteria", () => {
    const fact = { id: "f", question: "Q?", answer: "A." };
    expect(
      broken((f) => void f.facts.push({ ...fact, appliesWhen: { recommended: "nope" } })),
    ).toBe('fact "f".appliesWhen.recommended');
    expect(broken((f) => void f.facts.push({ ...fact, appliesWhen: { criterion: "speed" } }))).toBe(
      'fact "f".appliesWhen',
    );
  });

  it("rejects something that is not a framework at all", () => {
    expect(errorOf(() => validateFramework(null)).code).toBe("invalid-framework");
    expect(errorOf(() => validateFramework({ id: "x" })).code).toBe("invalid-framework");
  });
});

describe("framework size limits", () => {
  const frameworkWith = (criteria: number, options: number): Framework => {
    const ids = Array.from({ length: criteria }, (_, i) => `c${i}`);
    return {
      ...workedFramework,
      criteria: ids.map((id, i) => ({ ...workedFramework.criteria[i % 4]!, id })),
      options: Array.from({ length: options }, (_, i) => ({
        id: `o${i}`,
        name: `Option ${i}`,
        summary: "An option.",
        profile: Object.fromEntries(ids.map((id) => [id, 3])),
      })),
      tradeOffs: [],
      facts: [],
    };
  };

  it("accepts up to eight criteria and six options", () => {
    expect(() => validateFramework(frameworkWith(8, 6))).not.toThrow();
  });

  it("rejects a ninth criterion, a seventh option and an id longer than a vote can store", () => {
    expect(errorOf(() => validateFramework(frameworkWith(9, 2)))).toMatchObject({
      item: "criteria",
    });
    expect(errorOf(() => validateFramework(frameworkWith(2, 7)))).toMatchObject({
      item: "options",
    });
    const long = frameworkWith(2, 2);
    long.criteria[0] = { ...long.criteria[0]!, id: "c".repeat(65) };
    expect(errorOf(() => validateFramework(long)).item).toBe("criterion[0]");
    expect(errorOf(() => validateFramework({ ...long, id: "f".repeat(65) })).item).toBe(
      "framework.id",
    );
  });
});

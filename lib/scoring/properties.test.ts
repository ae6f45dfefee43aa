import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CriterionKind, Framework, Score } from "./framework";
import { recommend, ScoringInputError, type Ballot, type Recommendation } from "./index";
import { CRITERIA, makeFramework, workedFramework } from "./test-fixtures";

const vote = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 5 });
const votes = fc.record(
  { governance: vote, speed: vote, skills: vote, cost: vote },
  { requiredKeys: [] },
);
const ballots = fc.uniqueArray(
  fc.record({ participantId: fc.string({ minLength: 1, maxLength: 8 }), votes }),
  { selector: (ballot) => ballot.participantId, maxLength: 12 },
) as fc.Arbitrary<Ballot[]>;
const weight = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 5 }),
  fc.double({ min: 0, max: 10, noNaN: true }),
);
const weights = fc.record(
  { governance: weight, speed: weight, skills: weight, cost: weight },
  { requiredKeys: [] },
);

/** Paths of every number in a value that is not finite. */
function nonFinite(value: unknown, path = "result"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinite(item, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => nonFinite(item, `${path}.${key}`));
  }
  return [];
}

function scoring(result: Recommendation) {
  return {
    profile: result.profile,
    ranking: result.ranking,
    recommended: result.recommended,
  };
}

describe("invariants", () => {
  it("ballot order does not matter", () => {
    fc.assert(
      fc.property(
        ballots.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        fc.option(weights, { nil: undefined }),
        ([list, shuffled], w) => {
          expect(recommend(workedFramework, shuffled, { weights: w })).toEqual(
            recommend(workedFramework, list, { weights: w }),
          );
        },
      ),
    );
  });

  it("duplicating every ballot keeps medians, ranking and recommendation", () => {
    fc.assert(
      fc.property(ballots, fc.option(weights, { nil: undefined }), (list, w) => {
        const doubled = [
          ...list,
          ...list.map((ballot) => ({ ...ballot, participantId: `${ballot.participantId}#copy` })),
        ];
        expect(scoring(recommend(workedFramework, doubled, { weights: w }))).toEqual(
          scoring(recommend(workedFramework, list, { weights: w })),
        );
      }),
    );
  });

  it("fits stay within 0..100 and every number is finite", () => {
    fc.assert(
      fc.property(ballots, fc.option(weights, { nil: undefined }), (list, w) => {
        const result = recommend(workedFramework, list, { weights: w });
        for (const option of result.ranking) {
          if (option.fit === null) continue;
          expect(option.fit).toBeGreaterThanOrEqual(0);
          expect(option.fit).toBeLessThanOrEqual(100);
        }
        expect(nonFinite(result)).toEqual([]);
        expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      }),
    );
  });

  it("the recommendation never has more critical gaps than another option", () => {
    fc.assert(
      fc.property(ballots, fc.option(weights, { nil: undefined }), (list, w) => {
        const result = recommend(workedFramework, list, { weights: w });
        const best = result.ranking.find((option) => option.optionId === result.recommended);
        if (!best) return;
        for (const option of result.ranking) {
          expect(best.criticalGaps.length).toBeLessThanOrEqual(option.criticalGaps.length);
        }
      }),
    );
  });

  it("stability lies in 0..1 and counts all 3^k combinations", () => {
    fc.assert(
      fc.property(ballots, fc.option(weights, { nil: undefined }), (list, w) => {
        const result = recommend(workedFramework, list, { weights: w });
        const { stability, stabilityCounts } = result;
        expect(stability).toBeGreaterThanOrEqual(0);
        expect(stability).toBeLessThanOrEqual(1);
        if (result.recommended === null) return;
        expect(stabilityCounts.total).toBe(3 ** result.activeCriteria.length);
        expect(stability).toBe(stabilityCounts.kept / stabilityCounts.total);
      }),
    );
  });

  it("stability is 1 when all participants agree", () => {
    fc.assert(
      fc.property(votes, fc.integer({ min: 1, max: 9 }), (shared, count) => {
        const list = Array.from({ length: count }, (_, i) => ({
          participantId: `p${i}`,
          votes: shared,
        }));
        const result = recommend(workedFramework, list);
        fc.pre(result.recommended !== null);
        expect(result.stability).toBe(1);
        expect(result.tally[result.recommended as string]).toBe(count);
        expect(result.disputed).toEqual([]);
      }),
    );
  });

  it("a criterion with weight 0 never produces a critical gap", () => {
    fc.assert(
      fc.property(ballots, weights, (list, w) => {
        const result = recommend(workedFramework, list, { weights: w });
        const weightless = CRITERIA.filter((id) => result.weights[id] === 0);
        for (const option of result.ranking) {
          for (const id of weightless) {
            expect(option.criticalGaps).not.toContain(id);
            expect(option.penalties).not.toHaveProperty(id);
          }
        }
        for (const id of weightless) expect(result.disputed).not.toContain(id);
      }),
    );
  });

  it("all-null votes on a criterion remove it from scoring", () => {
    fc.assert(
      fc.property(ballots, fc.constantFrom(...CRITERIA), (list, silenced) => {
        const muted = list.map((ballot) => ({
          ...ballot,
          votes: { ...ballot.votes, [silenced]: null },
        }));
        const result = recommend(workedFramework, muted);
        const weighted = recommend(workedFramework, list, { weights: { [silenced]: 0 } });
        expect(result.activeCriteria).not.toContain(silenced);
        expect(result.profile[silenced]).toBeNull();
        expect(result.ranking).toEqual(weighted.ranking);
        expect(result.stabilityCounts).toEqual(weighted.stabilityCounts);
        expect(result.flips).toEqual(weighted.flips);
      }),
    );
  });

  it("leave-one-out matches scoring again without each voter", () => {
    fc.assert(
      fc.property(ballots, (list) => {
        const result = recommend(workedFramework, list);
        fc.pre(result.voters >= 2);
        const expected = list
          .filter((ballot) => {
            const others = list.filter((other) => other !== ballot);
            const isVoter = result.activeCriteria.some((id) => (ballot.votes[id] ?? null) !== null);
            return isVoter && recommend(workedFramework, others).recommended !== result.recommended;
          })
          .map((ballot) => ballot.participantId)
          .sort();
        expect(result.leaveOneOut).toEqual(expected);
      }),
    );
  });

  it("the tally counts every voter exactly once", () => {
    fc.assert(
      fc.property(ballots, (list) => {
        const result = recommend(workedFramework, list);
        const total = Object.values(result.tally).reduce((sum, count) => sum + count, 0);
        expect(total).toBe(result.voters);
        const perPerson: Record<string, number> = {};
        for (const choice of Object.values(result.choices)) {
          perPerson[choice] = (perPerson[choice] ?? 0) + 1;
        }
        for (const [option, count] of Object.entries(result.tally)) {
          expect(perPerson[option] ?? 0).toBe(count);
        }
      }),
    );
  });
});

describe("bad input", () => {
  const junk = fc.oneof(
    fc.anything(),
    fc.double(),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 6, 2.5, "3", null, undefined, [], {}),
  );
  const junkBallot = fc.oneof(
    fc.anything(),
    fc.record({
      participantId: fc.oneof(fc.string(), junk),
      votes: fc.oneof(
        junk,
        fc.dictionary(fc.oneof(fc.constantFrom(...CRITERIA), fc.string()), junk),
        fc.record(
          { governance: junk, speed: junk, skills: junk, cost: junk },
          { requiredKeys: [] },
        ),
      ),
    }),
  );
  const junkOptions = fc.oneof(
    fc.anything(),
    fc.record(
      {
        weights: fc.oneof(
          junk,
          fc.dictionary(fc.oneof(fc.constantFrom(...CRITERIA), fc.string()), junk),
        ),
        teamSize: junk,
        anonymous: junk,
      },
      { requiredKeys: [] },
    ),
  );

  /** Valid ballots and options with at most one field replaced by junk. */
  const nearlyValid = fc
    .tuple(
      ballots,
      fc.option(weights, { nil: undefined }),
      fc.nat(),
      fc.constantFrom(...CRITERIA),
      junk,
      fc.constantFrom("none", "vote", "weight", "teamSize", "anonymous", "participant"),
    )
    .map(([list, w, index, criterion, value, where]) => {
      const copy: Record<string, unknown>[] = list.map((ballot) => ({
        ...ballot,
        votes: { ...ballot.votes },
      }));
      const options: Record<string, unknown> = { weights: w ? { ...w } : undefined };
      const target = copy[index % Math.max(1, copy.length)];
      if (where === "vote" && target) (target.votes as Record<string, unknown>)[criterion] = value;
      if (where === "participant" && target) target.participantId = value;
      if (where === "weight") options.weights = { ...w, [criterion]: value };
      if (where === "teamSize" || where === "anonymous") options[where] = value;
      return [copy, options] as const;
    });
  const garbage = fc.tuple(fc.oneof(junk, fc.array(junkBallot, { maxLength: 6 })), junkOptions);

  it("throws a ScoringInputError or returns only finite numbers", () => {
    const outcomes = { thrown: 0, scored: 0 };
    fc.assert(
      fc.property(fc.oneof(nearlyValid, garbage), ([list, options]) => {
        let result: Recommendation;
        try {
          result = recommend(workedFramework, list as Ballot[], options as never);
        } catch (error) {
          expect(error).toBeInstanceOf(ScoringInputError);
          expect((error as ScoringInputError).code).toMatch(/^[a-z-]+$/);
          expect((error as ScoringInputError).item.length).toBeGreaterThan(0);
          outcomes.thrown++;
          return;
        }
        expect(nonFinite(result)).toEqual([]);
        outcomes.scored++;
      }),
      { numRuns: 1000 },
    );
    // Both paths must be exercised for the property to mean anything.
    expect(outcomes.thrown).toBeGreaterThan(100);
    expect(outcomes.scored).toBeGreaterThan(100);
  });
});

// Frameworks people write (issue 18): any valid framework of 2 to 8 criteria and 2 to 6 options,
// with any kinds and profiles, and any ballots on it.
const score = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Score>;
const anyFramework = fc
  .record({
    kinds: fc.array(fc.constantFrom<CriterionKind>("need", "capacity"), {
      minLength: 2,
      maxLength: 8,
    }),
    options: fc.integer({ min: 2, max: 6 }),
  })
  .chain(({ kinds, options }) =>
    fc
      .array(fc.array(score, { minLength: kinds.length, maxLength: kinds.length }), {
        minLength: options,
        maxLength: options,
      })
      .map((profiles) =>
        makeFramework(
          kinds.map((kind, i) => ({ id: `c${i}`, kind })),
          profiles.map((values, o) => ({
            id: `o${o}`,
            profile: Object.fromEntries(values.map((value, i) => [`c${i}`, value])),
          })),
        ),
      ),
  );
const ballotsOn = (framework: Framework) =>
  fc.uniqueArray(
    fc.record({
      participantId: fc.string({ minLength: 1, maxLength: 6 }),
      votes: fc.record(
        Object.fromEntries(framework.criteria.map((c) => [c.id, vote])) as Record<
          string,
          typeof vote
        >,
        { requiredKeys: [] },
      ),
    }),
    { selector: (ballot) => ballot.participantId, maxLength: 10 },
  ) as fc.Arbitrary<Ballot[]>;
const frameworkAndBallots = anyFramework.chain((framework) =>
  fc.tuple(fc.constant(framework), ballotsOn(framework)),
);

describe("any valid framework", () => {
  it("gives finite fits within 0..100, ranks every option once, and recommends one it ranks first", () => {
    fc.assert(
      fc.property(frameworkAndBallots, ([framework, list]) => {
        const result = recommend(framework, list);
        expect(nonFinite(result)).toEqual([]);
        expect(result.ranking.map((o) => o.optionId).toSorted()).toEqual(
          framework.options.map((o) => o.id).toSorted(),
        );
        for (const option of result.ranking) {
          if (option.fit === null) continue;
          expect(option.fit).toBeGreaterThanOrEqual(0);
          expect(option.fit).toBeLessThanOrEqual(100);
        }
        if (result.recommended !== null) {
          expect(result.ranking[0]!.optionId).toBe(result.recommended);
        }
        expect(result.stability).toBeGreaterThanOrEqual(0);
        expect(result.stability).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the ballots", () => {
    fc.assert(
      fc.property(
        frameworkAndBallots.chain(([framework, list]) =>
          fc.tuple(
            fc.constant(framework),
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        ([framework, list, shuffled]) => {
          expect(scoring(recommend(framework, shuffled))).toEqual(
            scoring(recommend(framework, list)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("sends a team that scores exactly like an option to an option without gaps", () => {
    fc.assert(
      fc.property(
        anyFramework.chain((framework) =>
          fc.tuple(fc.constant(framework), fc.nat({ max: framework.options.length - 1 })),
        ),
        ([framework, index]) => {
          const option = framework.options[index]!;
          const result = recommend(framework, [
            { participantId: "p", votes: { ...option.profile } },
          ]);
          const best = result.ranking.find((o) => o.optionId === result.recommended)!;
          expect(best.criticalGaps).toEqual([]);
          expect(result.ranking.find((o) => o.optionId === option.id)!.criticalGaps).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

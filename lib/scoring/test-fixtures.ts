/**
 * Frameworks and ballots for the library's own tests. The scoring tests must not import
 * lib/frameworks (imports flow the other way), so the worked example's framework is rebuilt here
 * from the profile table in docs/scoring.md.
 */
import type { CriterionKind, Framework, Score } from "./framework";
import type { Ballot } from "./recommendation";

interface CriterionSpec {
  id: string;
  kind: CriterionKind;
}

interface OptionSpec {
  id: string;
  profile: Record<string, Score>;
}

export function makeFramework(criteria: CriterionSpec[], options: OptionSpec[]): Framework {
  return {
    id: "test",
    name: "Test framework",
    question: "Which option suits us?",
    summary: "A framework built for tests.",
    criteria: criteria.map(({ id, kind }) => ({
      id,
      name: `Criterion ${id}`,
      kind,
      anchors: { 1: `little ${id}`, 5: `a lot of ${id}` },
      help: `How much ${id}?`,
      label: `${id} label`,
      shortfall: `{option} gives ${id} {profile} against the team's {team}`,
    })),
    options: options.map(({ id, profile }) => ({
      id,
      name: `Option ${id.toUpperCase()}`,
      summary: `The ${id} way.`,
      profile,
    })),
    tradeOffs: [],
    facts: [],
  };
}

export const CRITERIA = ["governance", "speed", "skills", "cost"] as const;

export const workedFramework = makeFramework(
  [
    { id: "governance", kind: "need" },
    { id: "speed", kind: "need" },
    { id: "skills", kind: "capacity" },
    { id: "cost", kind: "capacity" },
  ],
  [
    { id: "linear-handoff", profile: { governance: 5, speed: 2, skills: 2, cost: 1 } },
    { id: "iterative-loop", profile: { governance: 2, speed: 5, skills: 3, cost: 2 } },
    { id: "continuous-delivery", profile: { governance: 3, speed: 5, skills: 4, cost: 4 } },
  ],
);

/**
 * The worked example's framework with the profiles of contract 1 (continuous delivery's speed
 * 4). Tests of the mechanics (ties, flips at equal distance, rounding noise) were built on its
 * numbers; the mechanics do not depend on which profile is current.
 */
export const version1Framework: Framework = {
  ...workedFramework,
  options: workedFramework.options.map((option) =>
    option.id === "continuous-delivery"
      ? { ...option, profile: { ...option.profile, speed: 4 } }
      : option,
  ),
};

/** Ballots from rows of votes in the order of `criteria`. */
export function ballotsFrom(
  rows: Record<string, readonly (number | null)[]>,
  criteria: readonly string[] = CRITERIA,
): Ballot[] {
  return Object.entries(rows).map(([participantId, values]) => ({
    participantId,
    votes: Object.fromEntries(criteria.map((id, i) => [id, values[i] ?? null])),
  }));
}

export const workedBallots = ballotsFrom({
  p1: [5, 3, 4, 3],
  p2: [4, 3, 4, 3],
  p3: [5, 4, 3, 3],
  p4: [4, 2, 4, 4],
});

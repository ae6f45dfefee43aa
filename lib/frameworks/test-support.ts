// Checks every built-in template's tests share: the format holds, the texts are complete and the
// lint finds nothing. Imported by tests only.
import { expect } from "vitest";
import { recommend, validateFramework, type Ballot, type Framework } from "@/lib/scoring";
import { frameworkWarnings } from "./lint";

/** A team's ballots from rows of scores in the framework's criterion order. */
export function teamBallots(framework: Framework, rows: readonly (readonly number[])[]): Ballot[] {
  return rows.map((row, index) => ({
    participantId: `p${index + 1}`,
    votes: Object.fromEntries(framework.criteria.map((criterion, i) => [criterion.id, row[i]!])),
  }));
}

export function recommendedFor(framework: Framework, rows: readonly (readonly number[])[]) {
  return recommend(framework, teamBallots(framework, rows)).recommended;
}

/** What every built-in template must be: valid, complete like ml-lifecycle, and without warnings. */
export function expectCompleteTemplate(framework: Framework) {
  expect(() => validateFramework(framework)).not.toThrow();
  expect(framework.criteria.length).toBeGreaterThanOrEqual(3);
  expect(framework.criteria.length).toBeLessThanOrEqual(6);
  expect(framework.options.length).toBeGreaterThanOrEqual(2);
  expect(framework.options.length).toBeLessThanOrEqual(5);
  expect(framework.withoutDecision).toBeTruthy();
  for (const criterion of framework.criteria) {
    for (const score of [1, 3, 5] as const) expect(criterion.anchors[score]).toBeTruthy();
    expect(criterion.label).toBe(criterion.label.toLowerCase());
    for (const slot of ["{option}", "{profile}", "{team}"]) {
      expect(criterion.shortfall).toContain(slot);
    }
  }
  for (const option of framework.options) {
    expect(option.habitat).toBeTruthy();
    expect(option.strengths?.length).toBeGreaterThan(0);
    expect(option.weaknesses?.length).toBeGreaterThan(0);
    expect(option.risks?.length).toBeGreaterThan(0);
    expect(option.implementation?.owners?.length).toBeGreaterThan(0);
  }
  expect(frameworkWarnings(framework)).toEqual([]);
}

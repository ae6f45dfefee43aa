import { describe, expect, it } from "vitest";
import { validateFramework, type Framework, type Score } from "@/lib/scoring";
import { frameworks } from "./index";
import { frameworkWarnings, winCounts } from "./lint";

/** A valid framework with the given profiles; criteria named c0, c1, ... */
function frameworkOf(kinds: ("need" | "capacity")[], profiles: Record<string, Score[]>): Framework {
  const criteria = kinds.map((kind, i) => ({
    id: `c${i}`,
    name: `Criterion ${i}`,
    kind,
    anchors: { 1: "little", 5: "a lot" },
    help: "Think.",
    label: `criterion ${i}`,
    shortfall: "{option} {profile} {team}",
  }));
  const framework: Framework = {
    id: "lint-test",
    name: "Lint test",
    question: "Which?",
    summary: "For the lint's tests.",
    criteria,
    options: Object.entries(profiles).map(([id, values]) => ({
      id,
      name: `Option ${id}`,
      summary: "An option.",
      profile: Object.fromEntries(criteria.map((c, i) => [c.id, values[i]!])),
    })),
    tradeOffs: [],
    facts: [],
  };
  validateFramework(framework);
  return framework;
}

describe("frameworkWarnings", () => {
  it("finds nothing wrong with the built-in frameworks", () => {
    for (const framework of frameworks) expect(frameworkWarnings(framework)).toEqual([]);
  });

  it("reports identical profiles, the option that never wins and a criterion without effect", () => {
    const bad = frameworkOf(["need", "need", "capacity"], {
      a: [5, 1, 3],
      b: [1, 5, 3],
      // The same as a: listed later, it can never be recommended.
      copy: [5, 1, 3],
    });
    const warnings = frameworkWarnings(bad);
    expect(warnings.map((w) => w.kind).sort()).toEqual([
      "criterion-without-effect",
      "identical-profiles",
      "never-wins",
    ]);
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: "identical-profiles", optionIds: ["a", "copy"] }),
    );
    expect(warnings).toContainEqual({ kind: "never-wins", optionId: "copy", total: 125 });
    expect(warnings).toContainEqual(
      expect.objectContaining({ kind: "criterion-without-effect", criterionId: "c2" }),
    );
  });

  it("reports an option whose corner of the scale hardly any team reaches", () => {
    // Three needs: "least" asks for less than "some" on everything, so a team is sent to it only
    // when it scores 1 everywhere; one profile in 125.
    const framework = frameworkOf(["need", "need", "need"], {
      least: [1, 1, 1],
      most: [5, 5, 5],
      some: [2, 2, 2],
    });
    const { wins, total } = winCounts(framework);
    expect(total).toBe(125);
    expect(wins.least).toBe(1);
    expect(Object.values(wins).reduce((sum, count) => sum + count, 0)).toBe(total);
    expect(frameworkWarnings(framework)).toEqual([
      { kind: "rarely-wins", optionId: "least", share: 1 / 125, count: 1, total: 125 },
    ]);
  });

  it("tries a coarser grid for many criteria and stays fast", () => {
    const eight = frameworkOf(
      ["need", "need", "need", "need", "capacity", "capacity", "capacity", "capacity"],
      { a: [5, 5, 1, 1, 3, 3, 1, 1], b: [1, 1, 5, 5, 1, 1, 3, 3] },
    );
    const started = performance.now();
    const { total } = winCounts(eight);
    expect(total).toBe(2 ** 8);
    expect(frameworkWarnings(eight)).toEqual([]);
    // Not a timing assertion of the product: a guard that the editor can call this on a keypress.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

// The results of any valid framework, not only the built-in one: the smallest the product offers
// (2 criteria, 2 options, no trade-off table, no facts) and the largest (8 criteria, 6 options),
// with 100-character names everywhere. Every number comes from recommend() on the same ballots.
import { describe, expect, it } from "vitest";
import {
  formatNumber,
  recommend,
  validateFramework,
  type Ballot,
  type Framework,
} from "@/lib/scoring";
import { ballotsCsv } from "./csv";
import { large, long, small } from "./test-frameworks";
import { drawsRadar } from "./radar";
import type { ResultsParticipant } from "./source";
import { resultsSource } from "./test-fixtures";
import { buildResultsView, type ResultsView } from "./view-model";

function ballotsFor(framework: Framework, rows: number[][]): Ballot[] {
  return rows.map((row, p) => ({
    participantId: `p${p + 1}`,
    votes: Object.fromEntries(framework.criteria.map((c, i) => [c.id, row[i % row.length]!])),
  }));
}

function participants(ballots: Ballot[]): ResultsParticipant[] {
  return ballots.map((b, i) => ({
    id: b.participantId,
    displayName: long(`Person ${i + 1}`),
    role: "other",
  }));
}

function sourceFor(framework: Framework, ballots: Ballot[]) {
  return resultsSource({
    framework,
    anonymous: false,
    participants: participants(ballots),
    rounds: [
      {
        id: "00000000-0000-4000-8000-000000000001",
        number: 1,
        revealedAt: new Date(Date.UTC(2026, 0, 1, 12)),
        revealedUnderContract: 2,
        ballots,
        rationales: [],
      },
    ],
  });
}

function resultsOf(framework: Framework, ballots: Ballot[]): ResultsView {
  const view = buildResultsView(sourceFor(framework, ballots), {
    audience: "facilitator",
    locale: "en",
  });
  if (!view) throw new Error("Expected a results view.");
  return view;
}

function expectConsistent(framework: Framework, ballots: Ballot[], view: ResultsView) {
  const expected = recommend(framework, ballots);
  const winner = framework.options.find((o) => o.id === expected.recommended)!;
  expect(view.framework.question).toBe(framework.question);
  expect(view.headline?.name).toBe(winner.name);
  expect(view.ranking.map((r) => [r.optionId, r.fit])).toEqual(
    expected.ranking.map((r) => [r.optionId, formatNumber(r.fit ?? 0)]),
  );
  expect(view.radar.axes.map((a) => a.name)).toEqual(framework.criteria.map((c) => c.name));
  expect(view.radar.options.map((o) => o.name)).toEqual(framework.options.map((o) => o.name));
  expect(view.radar.options.every((o) => o.values.length === framework.criteria.length)).toBe(true);
  // Disputed criteria come first on the page, so only the set is the framework's.
  expect(view.criteria.map((c) => c.name).sort()).toEqual(
    framework.criteria.map((c) => c.name).sort(),
  );
  expect(view.tradeOffs.columns.map((c) => c.id)).toEqual(framework.options.map((o) => o.id));
  expect(view.tradeOffs.rows).toHaveLength(framework.tradeOffs.length);
  expect(view.questions).toHaveLength(framework.facts.length);
  expect(view.tally.map((t) => t.name)).toEqual(framework.options.map((o) => o.name));
}

describe("results of a framework with two criteria and two options", () => {
  validateFramework(small);
  const ballots = ballotsFor(small, [
    [5, 4],
    [4, 5],
    [5, 4],
  ]);
  const view = resultsOf(small, ballots);

  it("ranks, explains and lists what recommend() computed", () => {
    expectConsistent(small, ballots, view);
    expect(view.headline?.name).toBe("Spaces");
  });

  it("has no trade-off rows and no questions, and shows the dot plot instead of a radar", () => {
    expect(view.tradeOffs.rows).toEqual([]);
    expect(view.questions).toEqual([]);
    expect(view.nextSteps?.pilot).toBeNull();
    expect(drawsRadar(view.radar)).toBe(false);
  });

  it("exports one score column per criterion", () => {
    const csv = ballotsCsv(sourceFor(small, ballots), 1, "member", "en") ?? "";
    const header = csv.split("\r\n")[0]?.split(",");
    expect(header).toContain("Alignment (score)");
    expect(header).toContain("Patience (score)");
  });
});

describe("results of a framework with eight criteria, six options and long names", () => {
  validateFramework(large);
  const ballots = ballotsFor(large, [
    [5, 1, 4, 2, 3],
    [4, 2, 4, 1, 3],
    [1, 5, 2, 4],
    [3, 3, 3],
  ]);
  const view = resultsOf(large, ballots);

  it("ranks, explains and lists what recommend() computed", () => {
    expectConsistent(large, ballots, view);
    expect(view.ranking).toHaveLength(6);
    expect(drawsRadar(view.radar)).toBe(true);
  });

  it("keeps the long names whole; the page wraps them", () => {
    for (const name of [
      ...view.radar.axes.map((a) => a.name),
      ...view.ranking.map((r) => r.name),
    ]) {
      expect(name).toHaveLength(100);
    }
    expect(view.nextSteps?.pilot).toBe("Try it on one thing first.");
  });
});

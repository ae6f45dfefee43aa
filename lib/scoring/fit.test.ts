import { describe, expect, it } from "vitest";
import {
  compareFits,
  createFitModel,
  fitOptions,
  penaltyOf,
  rankFits,
  shortfallOf,
  winnerOf,
  type OptionFit,
} from "./fit";
import { makeFramework } from "./test-fixtures";

describe("penalties", () => {
  it("charges a need for falling short and a quarter for overshooting", () => {
    expect(shortfallOf("need", 4.5, 3)).toBe(1.5);
    expect(penaltyOf("need", 4.5, 3, 1)).toBe(1.5);
    expect(penaltyOf("need", 3, 5, 1)).toBe(0.5);
    expect(penaltyOf("need", 3, 3, 1)).toBe(0);
  });

  it("charges a capacity for what the option asks beyond the team", () => {
    expect(shortfallOf("capacity", 2, 4)).toBe(2);
    expect(penaltyOf("capacity", 2, 4, 1)).toBe(2);
    expect(penaltyOf("capacity", 4, 2, 1)).toBe(0.5);
  });

  it("multiplies by the weight", () => {
    expect(penaltyOf("need", 5, 2, 2)).toBe(6);
    expect(penaltyOf("need", 5, 2, 0)).toBe(0);
  });
});

describe("fit and critical gaps", () => {
  const framework = makeFramework(
    [
      { id: "n", kind: "need" },
      { id: "c", kind: "capacity" },
    ],
    [
      { id: "low", profile: { n: 2, c: 1 } },
      { id: "high", profile: { n: 5, c: 5 } },
    ],
  );

  it("is 100 minus the weighted penalty share of the worst case", () => {
    const model = createFitModel(framework, [0, 1], [1, 1]);
    const [low, high] = fitOptions(model, [4, 3]);
    // low: shortfall 2 on n, surplus 2 on c (0.5): 2.5 of 8.
    expect(low?.fit).toBe(100 * (1 - 2.5 / 8));
    expect(low?.gaps).toEqual([0]);
    // high: surplus 1 on n (0.25), shortfall 2 on c: 2.25 of 8.
    expect(high?.fit).toBe(100 * (1 - 2.25 / 8));
    expect(high?.gaps).toEqual([1]);
  });

  it("treats a shortfall of 1.5 as no critical gap", () => {
    const model = createFitModel(framework, [0, 1], [1, 1]);
    expect(fitOptions(model, [3.5, 1])[0]?.gaps).toEqual([]);
  });

  it("never flags a gap on a weightless criterion", () => {
    const model = createFitModel(framework, [0, 1], [0, 1]);
    const [low] = fitOptions(model, [5, 1]);
    expect(low?.gaps).toEqual([]);
    expect(low?.penalties[0]).toBe(0);
  });

  it("leaves out criteria without a value, and scores nothing when none is left", () => {
    const model = createFitModel(framework, [0, 1], [1, 1]);
    const [low] = fitOptions(model, [null, 3]);
    expect(low?.penalties).toEqual([null, 0.5]);
    expect(low?.fit).toBe(100 * (1 - 0.5 / 4));
    expect(fitOptions(model, [null, null])).toEqual([]);
    expect(winnerOf(model, [null, null])).toBe(-1);
  });
});

describe("ranking", () => {
  const fit = (option: number, value: number, gaps = 0): OptionFit => ({
    option,
    fit: value,
    gaps: Array.from({ length: gaps }, (_, i) => i),
    penalties: [],
  });

  it("puts fewer critical gaps before a higher fit", () => {
    expect(rankFits([fit(0, 95, 1), fit(1, 60, 0)]).map((f) => f.option)).toEqual([1, 0]);
  });

  it("treats fits within 1e-9 as equal and falls back to framework order", () => {
    expect(compareFits(fit(0, 80), fit(1, 80 + 5e-10))).toBeLessThan(0);
    expect(compareFits(fit(1, 80 + 5e-10), fit(0, 80))).toBeGreaterThan(0);
    expect(rankFits([fit(1, 80 + 5e-10), fit(0, 80)]).map((f) => f.option)).toEqual([0, 1]);
  });

  it("lets a fit more than 1e-9 higher win", () => {
    expect(rankFits([fit(0, 80), fit(1, 80 + 2e-9)]).map((f) => f.option)).toEqual([1, 0]);
  });
});

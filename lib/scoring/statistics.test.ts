import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { histogramOf, quantile, summarise } from "./statistics";

const summaryOf = (votes: number[]) => summarise(histogramOf(Uint8Array.from(votes)));

/** Type 7 quantile straight from its definition, on sorted votes. */
function referenceQuantile(votes: number[], q: number): number {
  const sorted = [...votes].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const low = sorted[Math.floor(position)] ?? NaN;
  const high = sorted[Math.ceil(position)] ?? NaN;
  return low + (position - Math.floor(position)) * (high - low);
}

describe("per-criterion summary", () => {
  it("interpolates quartiles linearly (type 7)", () => {
    expect(summaryOf([1, 2, 3, 4])).toMatchObject({ q1: 1.75, median: 2.5, q3: 3.25, iqr: 1.5 });
    expect(summaryOf([1, 2, 3, 4, 5])).toMatchObject({ q1: 2, median: 3, q3: 4, iqr: 2 });
    expect(summaryOf([2, 5, 1])).toMatchObject({ q1: 1.5, median: 2, q3: 3.5 });
  });

  it("matches the textbook type 7 quantile for any votes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
        (votes, q) => {
          expect(quantile(histogramOf(Uint8Array.from(votes)), q)).toBeCloseTo(
            referenceQuantile(votes, q),
            12,
          );
        },
      ),
    );
  });

  it("takes the mean of the two middle votes for an even count", () => {
    expect(summaryOf([3, 4]).median).toBe(3.5);
    expect(summaryOf([1, 2, 4, 5]).median).toBe(3);
    expect(summaryOf([1, 1, 2, 5, 5, 5]).median).toBe(3.5);
  });

  it("clamps rwg to 0..1 and uses the sample variance", () => {
    expect(summaryOf([3, 3, 3]).rwg).toBe(1);
    expect(summaryOf([2, 3]).rwg).toBe(0.75);
    // Sample variance 8 would give 1 - 4 = -3.
    expect(summaryOf([1, 5]).rwg).toBe(0);
    expect(summaryOf([1, 1, 5, 5]).rwg).toBe(0);
    expect(summaryOf([2, 3, 4]).rwg).toBe(0.5);
    expect(summaryOf([1, 2, 3, 4, 5]).rwg).toBe(0);
  });

  it("computes the mean absolute deviation from the mean", () => {
    expect(summaryOf([1, 1, 5, 5]).ad).toBe(2);
    expect(summaryOf([2, 3, 4]).ad).toBeCloseTo(2 / 3, 12);
    expect(summaryOf([4]).ad).toBe(0);
  });

  it("leaves rwg undefined (null) for a single vote", () => {
    expect(summaryOf([4])).toEqual({
      n: 1,
      median: 4,
      mean: 4,
      min: 4,
      max: 4,
      q1: 4,
      q3: 4,
      iqr: 0,
      rwg: null,
      ad: 0,
      histogram: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 },
      disputed: false,
    });
  });

  it("is all null, never NaN, without votes", () => {
    const summary = summaryOf([0, 0, 0]);
    expect(summary.n).toBe(0);
    for (const key of ["median", "mean", "min", "max", "q1", "q3", "iqr", "rwg", "ad"] as const) {
      expect(summary[key]).toBeNull();
    }
    expect(summary.histogram).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 });
  });

  it("ignores 'not sure' votes (stored as 0)", () => {
    expect(summaryOf([0, 2, 0, 4])).toMatchObject({ n: 2, median: 3, min: 2, max: 4 });
  });

  it("flags a spread when iqr > 1 or the range is 3 or more, with two votes or more", () => {
    expect(summaryOf([1, 4]).disputed).toBe(true); // range 3
    expect(summaryOf([2, 4]).disputed).toBe(false); // iqr 1, range 2
    expect(summaryOf([4, 4, 5, 5]).disputed).toBe(false); // iqr exactly 1
    expect(summaryOf([2, 2, 4, 4]).disputed).toBe(true); // iqr 2, range 2
    expect(summaryOf([1]).disputed).toBe(false);
  });
});

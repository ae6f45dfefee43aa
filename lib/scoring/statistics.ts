import type { CriterionSummary } from "./recommendation";

/**
 * Counts of the votes 1..5 at index 0..4. Votes are whole numbers, so every order statistic can
 * be read from the five counts instead of sorting the votes.
 */
export type Histogram = number[];

export function histogramOf(column: Uint8Array): Histogram {
  const counts = [0, 0, 0, 0, 0];
  for (const vote of column) {
    if (vote > 0) counts[vote - 1] = (counts[vote - 1] ?? 0) + 1;
  }
  return counts;
}

export function countOf(histogram: Histogram): number {
  return histogram.reduce((sum, count) => sum + count, 0);
}

/** The vote at a 0-based position of the sorted votes. */
function voteAt(histogram: Histogram, position: number): number {
  let seen = 0;
  for (let score = 1; score <= 5; score++) {
    seen += histogram[score - 1] ?? 0;
    if (position < seen) return score;
  }
  return 5;
}

/** Linear interpolation at position q*(n-1): numpy's default and R's type 7. */
export function quantile(histogram: Histogram, q: number): number | null {
  const n = countOf(histogram);
  if (n === 0) return null;
  const position = q * (n - 1);
  const below = Math.floor(position);
  const low = voteAt(histogram, below);
  const fraction = position - below;
  if (fraction === 0) return low;
  return low + fraction * (voteAt(histogram, below + 1) - low);
}

export function medianOf(histogram: Histogram): number | null {
  return quantile(histogram, 0.5);
}

/** Statistical disagreement; whether it goes on the agenda also depends on the criterion counting. */
export function isSpread(summary: CriterionSummary): boolean {
  const { n, iqr, min, max } = summary;
  if (n < 2 || iqr === null || min === null || max === null) return false;
  return iqr > 1 || max - min >= 3;
}

export function summarise(histogram: Histogram): CriterionSummary {
  const n = countOf(histogram);
  const counts = {
    1: histogram[0] ?? 0,
    2: histogram[1] ?? 0,
    3: histogram[2] ?? 0,
    4: histogram[3] ?? 0,
    5: histogram[4] ?? 0,
  };
  if (n === 0) {
    return {
      n,
      median: null,
      mean: null,
      min: null,
      max: null,
      q1: null,
      q3: null,
      iqr: null,
      rwg: null,
      ad: null,
      histogram: counts,
      disputed: false,
    };
  }

  let sum = 0;
  for (let score = 1; score <= 5; score++) sum += score * (histogram[score - 1] ?? 0);
  const mean = sum / n;
  let squares = 0;
  let absolute = 0;
  for (let score = 1; score <= 5; score++) {
    const count = histogram[score - 1] ?? 0;
    squares += count * (score - mean) ** 2;
    absolute += count * Math.abs(score - mean);
  }
  // rwg compares the sample variance with 2, the variance of uniformly random answers on 1..5.
  const rwg = n < 2 ? null : Math.min(1, Math.max(0, 1 - squares / (n - 1) / 2));
  const q1 = quantile(histogram, 0.25) as number;
  const q3 = quantile(histogram, 0.75) as number;
  const summary: CriterionSummary = {
    n,
    median: medianOf(histogram),
    mean,
    min: voteAt(histogram, 0),
    max: voteAt(histogram, n - 1),
    q1,
    q3,
    iqr: q3 - q1,
    rwg,
    ad: absolute / n,
    histogram: counts,
    disputed: false,
  };
  summary.disputed = isSpread(summary);
  return summary;
}

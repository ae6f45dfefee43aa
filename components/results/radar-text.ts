import { formatNumber } from "@/lib/scoring";

// How the chart's table, its text alternative, writes the numbers.

/** The team's median for the table: "4.5", "4", or "no votes" where nobody voted. */
export function formatMedian(median: number | null): string {
  return median === null ? "no votes" : formatNumber(median);
}

/** The middle half of the team's votes: "4 to 5", just "4" when it is a single value. */
export function formatMiddleHalf(q1: number | null, q3: number | null): string {
  if (q1 === null || q3 === null) return "no votes";
  const low = formatNumber(q1);
  const high = formatNumber(q3);
  return low === high ? low : `${low} to ${high}`;
}

/** An option's score on a criterion, which is a whole number on the 1 to 5 scale. */
export function formatOptionValue(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "not scored" : String(Math.round(value));
}

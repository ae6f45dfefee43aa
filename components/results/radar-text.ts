import { formatNumber } from "@/lib/scoring";

// How the chart's table, its text alternative, writes the numbers. The words come from the
// caller in the reader's language (./table-words.ts); English when none are given.

/** The few words and the number format the table's cells need. */
export interface TableWords {
  /** Where nobody voted: "no votes". */
  noVotes: string;
  /** An option without a score on a criterion: "not scored". */
  notScored: string;
  /** A range of two written numbers: "4 to 5". */
  range: (low: string, high: string) => string;
  /** A number with at most one decimal: "4.5". */
  number: (value: number) => string;
}

export const ENGLISH_TABLE_WORDS: TableWords = {
  noVotes: "no votes",
  notScored: "not scored",
  range: (low, high) => `${low} to ${high}`,
  number: (value) => formatNumber(value),
};

/** The team's median for the table: "4.5", "4", or "no votes" where nobody voted. */
export function formatMedian(
  median: number | null,
  words: TableWords = ENGLISH_TABLE_WORDS,
): string {
  return median === null ? words.noVotes : words.number(median);
}

/** The middle half of the team's votes: "4 to 5", just "4" when it is a single value. */
export function formatMiddleHalf(
  q1: number | null,
  q3: number | null,
  words: TableWords = ENGLISH_TABLE_WORDS,
): string {
  if (q1 === null || q3 === null) return words.noVotes;
  const low = words.number(q1);
  const high = words.number(q3);
  return low === high ? low : words.range(low, high);
}

/** An option's score on a criterion, which is a whole number on the 1 to 5 scale. */
export function formatOptionValue(
  value: number | undefined,
  words: TableWords = ENGLISH_TABLE_WORDS,
): string {
  return value === undefined || !Number.isFinite(value)
    ? words.notScored
    : words.number(Math.round(value));
}

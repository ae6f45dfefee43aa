import { FIT_TOLERANCE } from "./fit";

/** A number as people write it: at most one decimal, no trailing ".0" (4.5, 3, 86.7). */
export function formatNumber(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/**
 * A close call's margin: one decimal, but never rounded up to the 5 points that would no
 * longer be close (4.96 reads "4.96", not "5").
 */
export function formatMargin(margin: number): string {
  return formatNumber(margin, formatNumber(margin) === "5" ? 2 : 1);
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "1 critical gap", "2 critical gaps"; zero reads as "no". */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  if (count === 0) return `no ${plural}`;
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A fit as every screen writes it. A fit of 100 means no gap on any criterion the team scored,
 * not a perfect option (none fits a real team perfectly), so it reads "no gaps".
 */
export function formatFit(fit: number): string {
  return fit >= 100 - FIT_TOLERANCE ? "no gaps" : `${formatNumber(fit)} of 100`;
}

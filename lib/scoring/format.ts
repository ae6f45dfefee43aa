// Numbers as a result shows them. The explanation's sentences are worded per language outside
// the library (lib/results/explanation.ts); what stays here decides how many decimals a number
// shows, which is the same in every language.

/** `value` rounded to at most `decimals` decimals, never -0 (86.71875 → 86.7). */
export function roundTo(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A number as people write it: at most one decimal, no trailing ".0" (4.5, 3, 86.7). */
export function formatNumber(value: number, decimals = 1): string {
  return String(roundTo(value, decimals));
}

/**
 * How many decimals a close call's margin shows: one, but never so few that it rounds up to the
 * 5 points that would no longer be close (4.96 shows two).
 */
export function marginDecimals(margin: number): number {
  return roundTo(margin, 1) === 5 ? 2 : 1;
}

/** A close call's margin with its decimals: "3.9", "4.96". */
export function formatMargin(margin: number): string {
  return formatNumber(margin, marginDecimals(margin));
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

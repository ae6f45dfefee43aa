import { formatNumber } from "@/lib/scoring";

/** How wide a piece of text is, in pixels, in the font it will be drawn in. */
export type MeasureText = (text: string) => number;

/**
 * Greedy word wrap to lines no wider than `maxWidth`. A single word wider than that keeps a line
 * of its own rather than being broken mid-word; callers that must fit make room for the longest
 * word (see `longestWordWidth`).
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function longestWordWidth(text: string, measure: MeasureText): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => measure(word)));
}

/** Rough width for when no canvas is at hand: about 0.58em a character in a sans-serif face. */
export function approximateMeasure(fontSize: number): MeasureText {
  return (text) => text.length * fontSize * 0.58;
}

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

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

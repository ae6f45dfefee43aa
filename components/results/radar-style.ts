import type { SymbolType } from "recharts";

/**
 * Every colour and line style of the radar chart, in one place (dark mode will swap this module's
 * values). Each option differs from the others in colour (Okabe-Ito, safe for colour-blind
 * readers), dash pattern and point symbol, so the chart still reads in greyscale print.
 */

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  /** One of recharts' symbols, drawn at every point of the series and in its swatch. */
  symbol: SymbolType;
  strokeWidth: number;
  /**
   * The line's opacity: the recommended option is drawn solid and bold, the others faint, so it
   * stands out. Their points keep full colour, so each still matches its key.
   */
  opacity: number;
}

export const COLORS = {
  background: "#ffffff",
  text: "#14213d",
  grid: "#cbd5e1",
  label: "#334155",
  tick: "#64748b",
  /** The middle half of the team's votes, as a light grey tint. */
  band: "#64748b",
} as const;
export const BAND_OPACITY = 0.28;
/** The median polygon's own fill, kept faint so the band and the options show through. */
export const TEAM_FILL_OPACITY = 0.08;

export const TEAM_STYLE: SeriesStyle = {
  color: "#1e293b",
  dash: undefined,
  symbol: "circle",
  strokeWidth: 3,
  opacity: 1,
};

/** Okabe-Ito without its black, which would be confused with the team's line. */
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;
const DASHES = ["8 4", "2 3", "12 4 2 4", "4 4", "14 3 3 3 3 3", "16 5"] as const;
const SYMBOLS: readonly SymbolType[] = ["square", "diamond", "triangle", "wye", "cross", "star"];

/** The option at `index` in framework order; wraps around after six. */
export function optionStyle(index: number, recommended = false): SeriesStyle {
  return {
    color: PALETTE[index % PALETTE.length] ?? PALETTE[0],
    dash: DASHES[index % DASHES.length],
    symbol: SYMBOLS[index % SYMBOLS.length] ?? "square",
    strokeWidth: recommended ? 3.5 : 1.5,
    opacity: recommended ? 1 : 0.55,
  };
}

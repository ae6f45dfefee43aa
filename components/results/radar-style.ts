/**
 * How each series of the radar chart looks. Every option differs from the others in colour
 * (Okabe-Ito, safe for colour-blind readers), in dash pattern and in point marker, so the chart
 * still reads in greyscale print.
 */

export type MarkerKind = "circle" | "square" | "diamond" | "triangle" | "triangleDown" | "cross";

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  marker: MarkerKind;
}

export const TEAM_STYLE: SeriesStyle = { color: "#1e293b", dash: undefined, marker: "circle" };
/** The median polygon's own fill, kept faint so the band and the options show through. */
export const TEAM_FILL_OPACITY = 0.08;
export const TEAM_STROKE_WIDTH = 3;
/** The middle half of the team's votes: a light grey tint (slate-500 at a quarter). */
export const BAND_COLOR = "#64748b";
export const BAND_OPACITY = 0.28;
export const OPTION_STROKE_WIDTH = 2.25;

export const GRID_COLOR = "#cbd5e1";
export const LABEL_COLOR = "#334155";
export const TICK_COLOR = "#64748b";

/** Okabe-Ito without its black, which would be confused with the team's line. */
const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;
const DASHES = ["8 4", "2 3", "12 4 2 4", "4 4", "14 3 3 3 3 3", "16 5"] as const;
const MARKERS: readonly MarkerKind[] = ["square", "diamond", "triangle", "triangleDown", "cross"];

/** The style of the option at `index` in framework order; wraps around after six options. */
export function optionStyle(index: number): SeriesStyle {
  const i = Math.abs(Math.trunc(index));
  return {
    color: PALETTE[i % PALETTE.length] ?? PALETTE[0],
    dash: DASHES[i % DASHES.length] ?? DASHES[0],
    marker: MARKERS[i % MARKERS.length] ?? "square",
  };
}

/** Whether the marker is drawn filled (true) or as a stroke only (the cross). */
export function markerIsFilled(kind: MarkerKind): boolean {
  return kind !== "cross";
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * SVG path data for a point marker centred on (x, y), `size` being about its radius. One path
 * serves the live chart, the legend swatches and the PNG export alike.
 */
export function markerPath(kind: MarkerKind, x: number, y: number, size: number): string {
  const r = round(size);
  const px = (dx: number, dy: number) => `${round(x + dx)},${round(y + dy)}`;
  switch (kind) {
    case "circle":
      return `M${px(-r, 0)}A${r},${r} 0 1 0 ${px(r, 0)}A${r},${r} 0 1 0 ${px(-r, 0)}Z`;
    case "square": {
      const s = size * 0.85;
      return `M${px(-s, -s)}L${px(s, -s)}L${px(s, s)}L${px(-s, s)}Z`;
    }
    case "diamond": {
      const s = size * 1.2;
      return `M${px(0, -s)}L${px(s, 0)}L${px(0, s)}L${px(-s, 0)}Z`;
    }
    case "triangle": {
      const s = size * 1.15;
      return `M${px(0, -s)}L${px(s, s * 0.8)}L${px(-s, s * 0.8)}Z`;
    }
    case "triangleDown": {
      const s = size * 1.15;
      return `M${px(0, s)}L${px(s, -s * 0.8)}L${px(-s, -s * 0.8)}Z`;
    }
    case "cross": {
      const s = size * 0.95;
      return `M${px(-s, -s)}L${px(s, s)}M${px(-s, s)}L${px(s, -s)}`;
    }
  }
}

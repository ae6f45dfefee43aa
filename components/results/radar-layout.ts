import { longestWordWidth, wrapText, type MeasureText } from "./radar-text";

/** The scale every axis shares: 0 at the centre, 5 at the outer ring. */
export const RADAR_MAX = 5;
export const RADAR_TICKS = [1, 2, 3, 4, 5] as const;
/** The first axis points straight up and the others follow clockwise, as recharts draws them. */
export const START_ANGLE = 90;

/** Widest the chart gets; wider containers centre it. */
export const MAX_CHART_WIDTH = 560;

const MARGIN = 6;
/** Between the outer ring and the nearest edge of an axis label. */
const LABEL_GAP = 10;
const MIN_RADIUS = 48;
const MAX_RADIUS = 175;

export interface Point {
  x: number;
  y: number;
}

export interface AxisLabelLayout {
  lines: string[];
  /** Where the text is anchored horizontally and the baseline of its first line. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}

export interface RadarLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  fontSize: number;
  lineHeight: number;
  labels: AxisLabelLayout[];
}

/** The angle, in degrees counter-clockwise from 3 o'clock, of axis `index` out of `count`. */
export function axisAngle(index: number, count: number): number {
  return START_ANGLE - (360 * index) / Math.max(1, count);
}

/** The same convention as recharts' polarToCartesian, so our drawing lines up with its grid. */
export function polarPoint(cx: number, cy: number, radius: number, angle: number): Point {
  const rad = (-angle * Math.PI) / 180;
  return { x: cx + Math.cos(rad) * radius, y: cy + Math.sin(rad) * radius };
}

/** Axis labels get a smaller face on phones, where every pixel of radius counts. */
export function labelFontSize(width: number): number {
  return width < 420 ? 12 : 13;
}

/**
 * Sizes the chart for a container `width` pixels wide: wraps each axis label, finds the largest
 * radius at which the labels beside the chart still fit across, then makes the chart just tall
 * enough for the labels above and below. The height therefore follows the labels (on a phone the
 * side labels wrap to more lines, and the chart gets a little taller than it is wide).
 */
export function layoutRadar({
  width: containerWidth,
  names,
  measure,
  fontSize = labelFontSize(containerWidth),
}: {
  width: number;
  names: readonly string[];
  measure: MeasureText;
  fontSize?: number;
}): RadarLayout {
  const width = Math.max(200, Math.min(MAX_CHART_WIDTH, Math.floor(containerWidth)));
  const lineHeight = Math.round(fontSize * 1.25);
  const count = names.length;

  const sideWrap = Math.min(150, Math.max(72, width * 0.24));
  const middleWrap = Math.min(width - 2 * MARGIN, Math.max(160, width * 0.5));

  const axes = names.map((name, index) => {
    const angle = axisAngle(index, count);
    const rad = (-angle * Math.PI) / 180;
    const cos = Math.cos(rad);
    // Screen y grows downwards, so "up" is the negated sine.
    const up = -Math.sin(rad);
    const anchor: AxisLabelLayout["anchor"] =
      Math.abs(cos) < 0.05 ? "middle" : cos > 0 ? "start" : "end";
    const wrapWidth =
      anchor === "middle" ? middleWrap : Math.max(sideWrap, longestWordWidth(name, measure));
    const lines = wrapText(name, wrapWidth, measure);
    const textWidth = Math.max(0, ...lines.map((line) => measure(line)));
    return { angle, cos, up, anchor, lines, textWidth, blockHeight: lines.length * lineHeight };
  });

  // How far the chart reaches left and right of its centre at a given radius: the grid's corners
  // and the labels beyond them. The centre may sit off the middle when one side's labels are
  // wider than the other's, which on a phone buys the chart a good deal of radius.
  const reachLeft = (r: number) =>
    Math.max(
      r,
      ...axes.map((axis) =>
        axis.anchor === "middle"
          ? axis.textWidth / 2
          : axis.anchor === "end"
            ? (r + LABEL_GAP) * -axis.cos + axis.textWidth
            : 0,
      ),
    );
  const reachRight = (r: number) =>
    Math.max(
      r,
      ...axes.map((axis) =>
        axis.anchor === "middle"
          ? axis.textWidth / 2
          : axis.anchor === "start"
            ? (r + LABEL_GAP) * axis.cos + axis.textWidth
            : 0,
      ),
    );
  const room = width - 2 * MARGIN;
  const fits = (r: number) => reachLeft(r) + reachRight(r) <= room;
  let radius = MIN_RADIUS;
  if (fits(MAX_RADIUS)) {
    radius = MAX_RADIUS;
  } else if (fits(MIN_RADIUS)) {
    let low = MIN_RADIUS;
    let high = MAX_RADIUS;
    while (high - low > 0.5) {
      const mid = (low + high) / 2;
      if (fits(mid)) low = mid;
      else high = mid;
    }
    radius = Math.floor(low);
  }
  const slack = Math.max(0, room - reachLeft(radius) - reachRight(radius));
  const cx = Math.round(MARGIN + reachLeft(radius) + slack / 2);

  // A label block sits above its anchor point for an axis pointing up, below for one pointing
  // down, centred on it for one pointing sideways, and in proportion in between.
  const reach = radius + LABEL_GAP;
  let above = radius;
  let below = radius;
  for (const axis of axes) {
    above = Math.max(above, reach * axis.up + (axis.blockHeight * (1 + axis.up)) / 2);
    below = Math.max(below, -reach * axis.up + (axis.blockHeight * (1 - axis.up)) / 2);
  }
  above = Math.ceil(above);
  below = Math.ceil(below);

  const cy = MARGIN + above;
  const labels = axes.map((axis): AxisLabelLayout => {
    const anchorPoint = polarPoint(cx, cy, reach, axis.angle);
    const blockTop = anchorPoint.y - (axis.blockHeight * (1 + axis.up)) / 2;
    return {
      lines: axis.lines,
      x: round(anchorPoint.x),
      y: round(blockTop + lineHeight / 2 + fontSize * 0.35),
      anchor: axis.anchor,
    };
  });

  return {
    width,
    height: MARGIN + above + below + MARGIN,
    cx,
    cy,
    radius,
    fontSize,
    lineHeight,
    labels,
  };
}

type Quartiles = { q1: number | null; q3: number | null };

/**
 * The band between the team's first and third quartiles, as SVG path data. `outer` holds each
 * axis's point on the outer ring (value RADAR_MAX); a value v sits at v / RADAR_MAX of the way
 * from the centre to it, since the radius scale is linear from 0.
 *
 * The band is drawn as one four-sided piece per pair of neighbouring axes (q3 out along one,
 * across, q3 along the next, back in at q1), all wound the same way in a single path, so the
 * pieces meet without seams. A pair involving an axis nobody voted on is left out: the band,
 * like the median line, has a gap there instead of pretending the team scored it 0.
 */
export function bandPath(
  center: Point,
  outer: readonly Point[],
  team: readonly Quartiles[],
): string {
  const count = outer.length;
  if (count < 3) return "";
  const at = (index: number, value: number): Point => {
    const edge = outer[index] ?? center;
    const share = value / RADAR_MAX;
    return {
      x: center.x + (edge.x - center.x) * share,
      y: center.y + (edge.y - center.y) * share,
    };
  };
  const format = (p: Point) => `${round(p.x)},${round(p.y)}`;
  const pieces: string[] = [];
  for (let i = 0; i < count; i++) {
    const j = (i + 1) % count;
    const a = team[i];
    const b = team[j];
    if (!a || !b || a.q1 === null || a.q3 === null || b.q1 === null || b.q3 === null) continue;
    pieces.push(
      `M${format(at(i, a.q3))}L${format(at(j, b.q3))}L${format(at(j, b.q1))}L${format(at(i, a.q1))}Z`,
    );
  }
  return pieces.join("");
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

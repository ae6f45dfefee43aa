"use client";

import { useEffect, type Ref } from "react";
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  Symbols,
  Text,
  type BaseTickContentProps,
} from "recharts";
import type { RadarView } from "@/lib/results/radar";
import {
  BAND_OPACITY,
  COLORS,
  TEAM_FILL_OPACITY,
  TEAM_STYLE,
  type SeriesStyle,
} from "./radar-style";

// The recharts part of the radar chart (./radar-chart.tsx), in a module of its own so that
// recharts is fetched only when a chart is about to be drawn.

export interface ShownOption {
  index: number;
  id: string;
  style: SeriesStyle;
}

/** Widest the chart gets; wider containers centre it. */
const MAX_WIDTH = 600;

/** The chart's size for a container `available` pixels wide; the rest is recharts' own layout. */
function chartSize(available: number) {
  const width = Math.max(240, Math.min(MAX_WIDTH, Math.floor(available)));
  const fontSize = width < 420 ? 12 : 13;
  // Room beside the grid for the labels left and right (at least a long word such as
  // "infrastructure"), and above and below for two lines.
  const side = Math.round(Math.max(width * 0.22, 100));
  const vertical = Math.round(fontSize * 3.6);
  return { width, height: width - 2 * side + 2 * vertical, fontSize, side, vertical };
}

/** No animation (the chart is drawn once, to be read and exported) and no hover effect. */
const still = { isAnimationActive: false, activeDot: false } as const;

const dot = (style: SeriesStyle) => ({
  symbol: style.symbol,
  r: style.strokeWidth > 3 ? 5 : 4,
  fill: style.color,
  stroke: COLORS.background,
  strokeWidth: 1,
  strokeDasharray: "none",
});

export default function RadarDrawing({
  radar,
  shown,
  width,
  svgRef,
  onDrawn,
}: {
  radar: RadarView;
  shown: readonly ShownOption[];
  width: number;
  svgRef: Ref<SVGSVGElement>;
  onDrawn: () => void;
}) {
  // recharts lays its series out in the renders that follow its first one; by the next frame
  // they are on the screen and the chart can be downloaded.
  useEffect(() => {
    const frame = requestAnimationFrame(onDrawn);
    return () => cancelAnimationFrame(frame);
  }, [onDrawn]);
  const size = chartSize(width);
  // A criterion nobody voted on has null: recharts leaves a gap there rather than drawing 0.
  const rows = radar.axes.map((axis, i) => {
    const team = radar.team[i];
    const row: Record<string, unknown> = {
      axis: axis.id,
      median: team?.median ?? null,
      band: [team?.q1 ?? null, team?.q3 ?? null],
    };
    radar.options.forEach((option, j) => (row[`option${j}`] = option.values[i] ?? null));
    return row;
  });
  const label = (props: BaseTickContentProps) => (
    <Text
      {...props}
      width={props.textAnchor === "middle" ? size.width * 0.6 : size.side - 10}
      // recharts measures the words for wrapping in this style; a bare number would not apply.
      style={{ fontSize: `${size.fontSize}px` }}
      fill={COLORS.label}
      className="radar-label"
    >
      {radar.axes[props.index]?.name ?? ""}
    </Text>
  );
  return (
    <RadarChart
      ref={svgRef}
      width={size.width}
      height={size.height}
      data={rows}
      outerRadius="100%"
      margin={{ top: size.vertical, bottom: size.vertical, left: size.side, right: size.side }}
      accessibilityLayer={false}
    >
      <PolarGrid stroke={COLORS.grid} gridType="polygon" />
      <PolarAngleAxis dataKey="axis" tickLine={false} axisLine={false} tick={label} />
      <PolarRadiusAxis
        angle={90}
        type="number"
        domain={[0, 5]}
        ticks={[1, 2, 3, 4, 5]}
        axisLine={false}
        tickLine={false}
        // A white halo keeps the scale readable where lines cross it.
        tick={{
          fontSize: 10,
          fill: COLORS.tick,
          stroke: COLORS.background,
          strokeWidth: 3,
          paintOrder: "stroke",
        }}
      />
      <Radar
        dataKey="band"
        className="radar-band"
        {...still}
        stroke="none"
        fill={COLORS.band}
        fillOpacity={BAND_OPACITY}
      />
      {shown.map(({ index, id, style }) => (
        <Radar
          key={id}
          dataKey={`option${index}`}
          className="radar-option"
          {...still}
          stroke={style.color}
          strokeWidth={style.strokeWidth}
          strokeOpacity={style.opacity}
          strokeDasharray={style.dash}
          strokeLinejoin="round"
          fill="none"
          dot={dot(style)}
        />
      ))}
      <Radar
        dataKey="median"
        className="radar-team"
        {...still}
        stroke={TEAM_STYLE.color}
        strokeWidth={TEAM_STYLE.strokeWidth}
        strokeLinejoin="round"
        fill={TEAM_STYLE.color}
        fillOpacity={TEAM_FILL_OPACITY}
        dot={dot(TEAM_STYLE)}
      />
    </RadarChart>
  );
}

/** A series' key: a short stretch of its line with its symbol, or the band's tint. */
export function Swatch({ style }: { style: SeriesStyle | "band" }) {
  return (
    <svg
      width={36}
      height={14}
      viewBox="0 0 36 14"
      aria-hidden
      focusable="false"
      className={style === "band" ? "radar-band" : style === TEAM_STYLE ? "radar-team" : undefined}
    >
      {style === "band" ? (
        <rect width={36} height={14} rx={2} fill={COLORS.band} fillOpacity={BAND_OPACITY} />
      ) : (
        <>
          <line
            x1={0}
            y1={7}
            x2={36}
            y2={7}
            stroke={style.color}
            strokeWidth={style.strokeWidth}
            strokeOpacity={style.opacity}
            strokeDasharray={style.dash}
          />
          <Symbols
            type={style.symbol}
            cx={18}
            cy={7}
            size={10}
            sizeType="diameter"
            fill={style.color}
            stroke={COLORS.background}
          />
        </>
      )}
    </svg>
  );
}

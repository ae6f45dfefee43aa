"use client";

import { useEffect, useMemo, type Ref } from "react";
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadarChart,
  type BaseTickContentProps,
  type DotItemDotProps,
} from "recharts";
import type { RadarView } from "@/lib/results/radar";
import { bandPath, RADAR_MAX, RADAR_TICKS, type RadarLayout } from "./radar-layout";
import { Marker } from "./radar-marker";
import {
  BAND_COLOR,
  BAND_OPACITY,
  GRID_COLOR,
  LABEL_COLOR,
  TEAM_FILL_OPACITY,
  TEAM_STROKE_WIDTH,
  TEAM_STYLE,
  TICK_COLOR,
  type SeriesStyle,
} from "./radar-style";

// The recharts part of the radar chart (./radar-chart.tsx), in a module of its own so that
// recharts is fetched only when a chart is about to be drawn.

type RadarRow = Record<string, string | number | null>;

export interface ShownSeries {
  option: { id: string };
  index: number;
  style: SeriesStyle;
  strokeWidth: number;
}

function optionKey(index: number): string {
  return `option${index}`;
}

export default function RadarDrawing({
  layout,
  radar,
  shown,
  svgRef,
  onDrawn,
}: {
  layout: RadarLayout;
  radar: RadarView;
  shown: ShownSeries[];
  svgRef: Ref<SVGSVGElement>;
  onDrawn: (drawn: boolean) => void;
}) {
  useEffect(() => onDrawn(true), [onDrawn]);
  // Recharts leaves a gap for a null value (its point gets no position), which is what an axis
  // nobody voted on should look like: the median line breaks there and, being open, loses its
  // fill, and `bandPath` leaves the band out around it too. Nothing is drawn as if it were 0.
  const rows = useMemo<RadarRow[]>(
    () =>
      radar.axes.map((axis, index) => {
        const row: RadarRow = {
          axis: axis.id,
          median: radar.team[index]?.median ?? null,
          outer: RADAR_MAX,
        };
        radar.options.forEach((option, optionIndex) => {
          row[optionKey(optionIndex)] = option.values[index] ?? null;
        });
        return row;
      }),
    [radar],
  );
  return (
    <RechartsRadarChart
      ref={svgRef}
      width={layout.width}
      height={layout.height}
      data={rows}
      cx={layout.cx}
      cy={layout.cy}
      outerRadius={layout.radius}
      margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
      accessibilityLayer={false}
      style={{ maxWidth: "100%", height: "auto" }}
    >
      <PolarGrid stroke={GRID_COLOR} gridType="polygon" />
      <PolarAngleAxis
        dataKey="axis"
        tickLine={false}
        axisLine={false}
        tick={(props: BaseTickContentProps) => <AxisLabel layout={layout} index={props.index} />}
      />
      <PolarRadiusAxis
        angle={90}
        type="number"
        domain={[0, RADAR_MAX]}
        ticks={[...RADAR_TICKS]}
        axisLine={false}
        tickLine={false}
        tick={(props: BaseTickContentProps) => (
          <RadiusTick x={Number(props.x)} y={Number(props.y)} value={props.payload.value} />
        )}
      />
      <Radar
        dataKey="outer"
        isAnimationActive={false}
        dot={false}
        activeDot={false}
        legendType="none"
        stroke="none"
        fill="none"
        shape={(props: { points: { x: number; y: number }[] }) => (
          <path
            d={bandPath({ x: layout.cx, y: layout.cy }, props.points, radar.team)}
            fill={BAND_COLOR}
            fillOpacity={BAND_OPACITY}
            stroke="none"
          />
        )}
      />
      {shown.map(({ option, index, style, strokeWidth }) => (
        <Radar
          key={option.id}
          dataKey={optionKey(index)}
          isAnimationActive={false}
          activeDot={false}
          stroke={style.color}
          strokeWidth={strokeWidth}
          strokeDasharray={style.dash}
          strokeLinejoin="round"
          fill="none"
          dot={(props: DotItemDotProps) => (
            <Marker key={props.index} style={style} x={props.cx} y={props.cy} />
          )}
        />
      ))}
      <Radar
        dataKey="median"
        isAnimationActive={false}
        activeDot={false}
        stroke={TEAM_STYLE.color}
        strokeWidth={TEAM_STROKE_WIDTH}
        strokeLinejoin="round"
        fill={TEAM_STYLE.color}
        fillOpacity={TEAM_FILL_OPACITY}
        dot={(props: DotItemDotProps) => (
          <Marker key={props.index} style={TEAM_STYLE} x={props.cx} y={props.cy} />
        )}
      />
    </RechartsRadarChart>
  );
}

function AxisLabel({ layout, index }: { layout: RadarLayout; index: number }) {
  const label = layout.labels[index];
  if (!label) return null;
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      fontSize={layout.fontSize}
      fill={LABEL_COLOR}
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={label.x} dy={i === 0 ? 0 : layout.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** The scale's numbers, up the first axis, with a white halo so crossing lines do not hide them. */
function RadiusTick({ x, y, value }: { x: number; y: number; value: number }) {
  return (
    <text
      x={x + 4}
      y={y}
      dy="0.35em"
      textAnchor="start"
      fontSize={10}
      fill={TICK_COLOR}
      stroke="#ffffff"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {value}
    </text>
  );
}

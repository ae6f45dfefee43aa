"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { COLORS, type SeriesStyle } from "./radar-style";

// The recharts part of the series chart (./series-chart.tsx), in a module of its own so that
// recharts is fetched only when the chart is drawn.

export interface DriftLine {
  id: string;
  style: SeriesStyle;
}

/** No animation and no hover effect: the chart is drawn once, to be read. */
const still = { isAnimationActive: false, activeDot: false } as const;

export default function SeriesDrawing({
  rows,
  lines,
  width,
}: {
  /** One per run: its label, and each criterion's median by criterion id (null: no votes). */
  rows: Record<string, string | number | null>[];
  lines: readonly DriftLine[];
  width: number;
}) {
  const chartWidth = Math.max(260, Math.min(720, width));
  return (
    <LineChart
      width={chartWidth}
      height={Math.round(Math.min(360, Math.max(240, chartWidth * 0.55)))}
      data={rows}
      margin={{ top: 12, right: 24, bottom: 8, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={COLORS.grid} strokeDasharray="3 3" />
      <XAxis dataKey="run" tick={{ fontSize: 12, fill: COLORS.label }} stroke={COLORS.grid} />
      <YAxis
        domain={[1, 5]}
        ticks={[1, 2, 3, 4, 5]}
        width={32}
        tick={{ fontSize: 12, fill: COLORS.tick }}
        stroke={COLORS.grid}
      />
      {lines.map(({ id, style }) => (
        <Line
          key={id}
          dataKey={id}
          {...still}
          type="linear"
          connectNulls
          stroke={style.color}
          strokeWidth={2.5}
          strokeDasharray={style.dash}
          dot={{ r: 4, fill: style.color, stroke: COLORS.background, strokeWidth: 1 }}
        />
      ))}
    </LineChart>
  );
}

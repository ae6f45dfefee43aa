import { markerIsFilled, markerPath, type SeriesStyle } from "./radar-style";

/** A series' point marker, in the chart and in the legend (told apart by shape, not colour). */
export function Marker({
  style,
  x,
  y,
  size = 3.5,
}: {
  style: SeriesStyle;
  x: number | undefined;
  y: number | undefined;
  size?: number;
}) {
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  const filled = markerIsFilled(style.marker);
  return (
    <path
      d={markerPath(style.marker, x, y, size)}
      fill={filled ? style.color : "none"}
      stroke={filled ? "#ffffff" : style.color}
      strokeWidth={filled ? 1 : 2}
    />
  );
}

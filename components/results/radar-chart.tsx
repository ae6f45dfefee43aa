"use client";

import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { secondaryButtonClass } from "@/components/ui/field";
import type { RadarView } from "@/lib/results/radar";
import { labelFontSize, layoutRadar, type RadarLayout } from "./radar-layout";
import {
  canvasMeasure,
  composeExportSvg,
  downloadBlob,
  serializeChartSvg,
  svgToPngBlob,
  type LegendEntry,
} from "./radar-png";
import { Marker } from "./radar-marker";
import {
  BAND_COLOR,
  BAND_OPACITY,
  OPTION_STROKE_WIDTH,
  TEAM_STROKE_WIDTH,
  TEAM_STYLE,
  optionStyle,
} from "./radar-style";
import { formatMedian, formatMiddleHalf, formatOptionValue } from "./radar-text";

const RECOMMENDED_STROKE_WIDTH = 3;
const TEAM_LEGEND: LegendEntry = {
  kind: "line",
  label: "Team median",
  style: TEAM_STYLE,
  strokeWidth: TEAM_STROKE_WIDTH,
};
const BAND_LEGEND: LegendEntry = {
  kind: "band",
  label: "Middle half of the team's votes",
  color: BAND_COLOR,
  opacity: BAND_OPACITY,
};

// recharts is fetched only when the chart is about to be drawn (see the effect below).
const RadarDrawing = lazy(() => import("./radar-drawing"));

/** Measured on the client only: the container's width and the font its text is set in. */
interface Box {
  width: number;
  fontFamily: string;
}

/**
 * The team's profile against each option's, one axis per criterion, with a legend whose entries
 * switch the options on and off, a table of the same numbers for screen readers, and a PNG
 * download. The chart itself is drawn only once the browser has measured the space it has, so
 * the server renders an empty placeholder of about the right size (and nothing recharts-related).
 */
export function RadarChart({
  radar,
  title,
  fileName,
}: {
  radar: RadarView;
  title: string;
  fileName: string;
}) {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [box, setBox] = useState<Box | null>(null);
  const [status, setStatus] = useState<"idle" | "working" | "done" | "failed">("idle");
  const [drawn, setDrawn] = useState(false);
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<SVGSVGElement>(null);

  useEffect(() => {
    const element = boxRef.current;
    if (!element) return;
    const fontFamily = getComputedStyle(element).fontFamily;
    const measure = (width: number) =>
      setBox((current) =>
        current?.width === width && current.fontFamily === fontFamily
          ? current
          : { width, fontFamily },
      );
    const resize = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width > 0) measure(width);
    });
    // Drawn once it comes near the screen, or when the page is printed: recharts' first render
    // is the longest task of the page, and the chart sits below the first screen on a phone.
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        near.disconnect();
        resize.observe(element);
      },
      { rootMargin: "300px 0px" },
    );
    near.observe(element);
    // recharts may still be on its way when printing starts; the table stands in meanwhile.
    const print = () => {
      near.disconnect();
      resize.observe(element);
      flushSync(() => measure(Math.floor(element.getBoundingClientRect().width)));
    };
    window.addEventListener("beforeprint", print);
    return () => {
      near.disconnect();
      resize.disconnect();
      window.removeEventListener("beforeprint", print);
    };
  }, []);

  const layout = useMemo<RadarLayout | null>(() => {
    if (!box) return null;
    const names = radar.axes.map((axis) => axis.name);
    const measure = canvasMeasure(box.fontFamily);
    const fontSize = labelFontSize(box.width);
    return layoutRadar({ width: box.width, names, measure: measure(fontSize, false), fontSize });
  }, [box, radar.axes]);

  const series = radar.options.map((option, index) => {
    const style = optionStyle(index);
    const strokeWidth = option.recommended ? RECOMMENDED_STROKE_WIDTH : OPTION_STROKE_WIDTH;
    const legend: LegendEntry = {
      kind: "line",
      label: option.recommended ? `${option.name} (recommended)` : option.name,
      style,
      strokeWidth,
    };
    return { option, index, style, strokeWidth, legend };
  });
  const shown = series.filter(({ option }) => !hidden.has(option.id));

  function toggle(id: string) {
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function download() {
    const svg = chartRef.current;
    if (!svg || !layout || !box) {
      setStatus("failed");
      return;
    }
    setStatus("working");
    try {
      const legend = [TEAM_LEGEND, BAND_LEGEND, ...shown.map((item) => item.legend)];
      const image = composeExportSvg({
        chartSvg: serializeChartSvg(svg, {
          width: layout.width,
          height: layout.height,
          fontFamily: box.fontFamily,
        }),
        chartWidth: layout.width,
        chartHeight: layout.height,
        title,
        legend,
        fontFamily: box.fontFamily,
        measure: canvasMeasure(box.fontFamily),
      });
      const blob = await svgToPngBlob(image.svg, image.width, image.height, 2);
      downloadBlob(blob, `${fileName}.png`);
      setStatus("done");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <figure className="break-inside-avoid space-y-3">
      <figcaption className="font-semibold">{title}</figcaption>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {[TEAM_LEGEND, BAND_LEGEND].map((entry) => (
          <span key={entry.label} className="inline-flex items-center gap-2">
            <Swatch entry={entry} />
            {entry.label}
          </span>
        ))}
        {/* In print the toggles give way to a plain key of the options that are shown. */}
        {shown.map(({ option, legend }) => (
          <span key={option.id} className="hidden items-center gap-2 print:inline-flex" aria-hidden>
            <Swatch entry={legend} />
            {legend.label}
          </span>
        ))}
      </div>

      {radar.options.length > 0 ? (
        <div
          role="group"
          aria-label="Options shown on the chart"
          className="flex flex-wrap gap-2 print:hidden"
        >
          {series.map(({ option, legend }) => {
            const pressed = !hidden.has(option.id);
            return (
              <button
                key={option.id}
                type="button"
                aria-pressed={pressed}
                onClick={() => toggle(option.id)}
                className="inline-flex items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 py-2 text-left text-sm font-medium hover:bg-slate-50 aria-pressed:border-slate-500"
              >
                <CheckBox checked={pressed} />
                <Swatch entry={legend} faded={!pressed} />
                <span className={pressed ? undefined : "text-slate-600 line-through"}>
                  {option.name}
                </span>
                {option.recommended ? (
                  <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700">
                    Recommended
                  </span>
                ) : null}
              </button>
            );
          })}
        </div>
      ) : null}

      <div ref={boxRef} aria-hidden className="w-full">
        {layout ? (
          <div className="mx-auto" style={{ width: layout.width, maxWidth: "100%" }}>
            <Suspense fallback={<div className="aspect-[4/3] w-full" />}>
              <RadarDrawing
                layout={layout}
                radar={radar}
                shown={shown}
                svgRef={chartRef}
                onDrawn={setDrawn}
              />
            </Suspense>
          </div>
        ) : (
          // Roughly the chart's size, so the page does not jump much when it appears.
          <div className="mx-auto aspect-[4/3] w-full max-w-[560px]" />
        )}
      </div>

      {/* A table ignores sr-only's 1px width and overflow, so on its own it would widen the page
          to its full size; the wrapper does the clipping. Printed before the chart was ever
          drawn (the page printed from its top), the table stands in for it on paper. */}
      <div className={drawn ? "sr-only" : "sr-only print:not-sr-only"}>
        <table className="sr-only">
          <caption>{title} as a table</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Team median</th>
              <th scope="col">Middle half of votes</th>
              {radar.options.map((option) => (
                <th key={option.id} scope="col">
                  {option.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {radar.axes.map((axis, index) => {
              const team = radar.team[index];
              return (
                <tr key={axis.id}>
                  <th scope="row">{axis.name}</th>
                  <td>{formatMedian(team?.median ?? null)}</td>
                  <td>{formatMiddleHalf(team?.q1 ?? null, team?.q3 ?? null)}</td>
                  {radar.options.map((option) => (
                    <td key={option.id}>{formatOptionValue(option.values[index])}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <button
          type="button"
          onClick={download}
          disabled={!drawn || status === "working"}
          className={secondaryButtonClass}
        >
          Download chart as PNG
        </button>
        <span role="status" className="text-sm text-slate-600">
          {status === "done"
            ? "Chart downloaded"
            : status === "failed"
              ? "The chart could not be downloaded. Try again, or take a screenshot instead."
              : ""}
        </span>
      </div>
    </figure>
  );
}

/** A short stretch of a series' line with its marker, as in the chart. */
function Swatch({ entry, faded = false }: { entry: LegendEntry; faded?: boolean }) {
  return (
    <svg
      width={36}
      height={14}
      viewBox="0 0 36 14"
      aria-hidden
      focusable="false"
      className="shrink-0"
      opacity={faded ? 0.35 : 1}
    >
      {entry.kind === "band" ? (
        <rect
          x={0}
          y={1}
          width={36}
          height={12}
          rx={2}
          fill={entry.color}
          fillOpacity={entry.opacity}
        />
      ) : (
        <>
          <line
            x1={0}
            y1={7}
            x2={36}
            y2={7}
            stroke={entry.style.color}
            strokeWidth={entry.strokeWidth ?? OPTION_STROKE_WIDTH}
            strokeDasharray={entry.style.dash}
          />
          <Marker style={entry.style} x={18} y={7} size={4} />
        </>
      )}
    </svg>
  );
}

/** The pressed state shown by a tick in a box, not by colour alone. */
function CheckBox({ checked }: { checked: boolean }) {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 16 16"
      aria-hidden
      focusable="false"
      className="shrink-0"
    >
      <rect
        x={1}
        y={1}
        width={14}
        height={14}
        rx={3}
        fill={checked ? "#1e3a8a" : "#ffffff"}
        stroke={checked ? "#1e3a8a" : "#64748b"}
        strokeWidth={1.5}
      />
      {checked ? (
        <path
          d="M4 8.5l2.5 2.5L12 5.5"
          fill="none"
          stroke="#ffffff"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ) : null}
    </svg>
  );
}

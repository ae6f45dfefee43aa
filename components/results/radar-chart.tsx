"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { secondaryButtonClass } from "@/components/ui/field";
import type { RadarView } from "@/lib/results/radar";
import { chartToPng, downloadBlob } from "./radar-png";
import { optionStyle, TEAM_STYLE, type SeriesStyle } from "./radar-style";
import { formatMedian, formatMiddleHalf, formatOptionValue } from "./radar-text";
import { useTableWords } from "./table-words";

// recharts is fetched only when the chart is about to be drawn (see the effect below), and with
// it the swatches of the key, which use its symbols.
const RadarDrawing = lazy(() => import("./radar-drawing"));
const LazySwatch = lazy(() => import("./radar-drawing").then((m) => ({ default: m.Swatch })));

/**
 * The team's profile against each option, one axis per criterion, with a key whose entries
 * switch the options on and off, a table of the same numbers for screen readers, and a PNG
 * download. recharts draws the chart once it comes near the screen, at the width the browser
 * measured; the server renders an empty placeholder of about the right size.
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
  const t = useTranslations("results");
  const words = useTableWords();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const [width, setWidth] = useState<number | null>(null);
  const [status, setStatus] = useState<"idle" | "working" | "done" | "failed">("idle");
  const [drawn, setDrawn] = useState(false);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const figureRef = useRef<HTMLElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<SVGSVGElement>(null);

  useEffect(() => {
    const element = boxRef.current;
    if (!element) return;
    const resize = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
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
      flushSync(() => setWidth(Math.floor(element.getBoundingClientRect().width)));
    };
    window.addEventListener("beforeprint", print);
    return () => {
      near.disconnect();
      resize.disconnect();
      window.removeEventListener("beforeprint", print);
    };
  }, []);

  const series = radar.options.map((option, index) => ({
    index,
    id: option.id,
    option,
    style: optionStyle(index, option.recommended),
    label: option.recommended ? t("recommendedOption", { name: option.name }) : option.name,
  }));
  const shown = series.filter(({ id }) => !hidden.has(id));
  // The swatches come with recharts, so not before the chart is on its way.
  const swatch = (style: SeriesStyle | "band") =>
    width === null ? (
      <SwatchSpace />
    ) : (
      <Suspense fallback={<SwatchSpace />}>
        <LazySwatch style={style} />
      </Suspense>
    );

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
    const figure = figureRef.current;
    if (!svg || !figure) {
      setStatus("failed");
      return;
    }
    setStatus("working");
    try {
      const key = Array.from(figure.querySelectorAll<HTMLElement>("[data-chart-key]"), (entry) => ({
        swatch: entry.querySelector("svg"),
        label: entry.dataset.chartKey ?? "",
      }));
      downloadBlob(await chartToPng(svg, title, key), `${fileName}.png`);
      setStatus("done");
    } catch {
      setStatus("failed");
    }
  }

  const onPaper = drawn ? "sr-only" : "sr-only print:not-sr-only";

  return (
    <figure ref={figureRef} className="radar-chart break-inside-avoid space-y-3">
      <figcaption className="font-semibold">{title}</figcaption>

      {/* The key, which the PNG download copies too; in print the toggles give way to a plain
          key of the options that are shown, and the key to the table if no chart was drawn. */}
      <div
        className={`flex flex-wrap items-center gap-x-4 gap-y-2 text-sm ${drawn ? "" : "print:hidden"}`}
      >
        {[
          { id: "team", label: t("radar.teamMedian"), style: TEAM_STYLE, print: false },
          { id: "band", label: t("radar.band"), style: "band" as const, print: false },
          ...shown.map((item) => ({ ...item, print: true })),
        ].map(({ id, label, style, print }) => (
          <span
            key={id}
            data-chart-key={label}
            aria-hidden={print || undefined}
            className={`${print ? "hidden print:inline-flex" : "inline-flex"} items-center gap-2`}
          >
            {swatch(style)}
            {label}
          </span>
        ))}
      </div>

      {series.length > 0 ? (
        <div
          role="group"
          aria-label={t("radar.optionsShown")}
          className="flex flex-wrap gap-2 print:hidden"
        >
          {series.map(({ id, option, style }) => {
            const pressed = !hidden.has(id);
            return (
              <button
                key={id}
                type="button"
                aria-pressed={pressed}
                onClick={() => toggle(id)}
                className="group rounded-control border-line-strong bg-surface hover:bg-surface-muted aria-pressed:border-line-strong inline-flex items-center gap-2 border px-3 py-2 text-left text-sm font-medium"
              >
                {/* The pressed state shown by a tick in a box, not by colour alone. */}
                <span className="border-line-strong group-aria-pressed:border-accent-strong group-aria-pressed:bg-accent-strong group-aria-pressed:text-on-accent grid size-4 shrink-0 place-items-center rounded-[3px] border-[1.5px] text-transparent">
                  <Check aria-hidden="true" className="size-3" strokeWidth={3.5} />
                </span>
                <span className={pressed ? "inline-flex" : "inline-flex opacity-35"}>
                  {swatch(style)}
                </span>
                <span className={pressed ? undefined : "text-muted line-through"}>
                  {option.name}
                </span>
                {option.recommended ? (
                  <span className="bg-surface-sunken text-muted rounded px-1.5 py-0.5 text-xs font-semibold">
                    {t("recommended")}
                  </span>
                ) : null}
              </button>
            );
          })}
        </div>
      ) : null}

      {/* Smaller on paper, where the chart shares its page with the sections around it. */}
      <div
        ref={boxRef}
        aria-hidden
        className="flex w-full justify-center print:[&_.recharts-wrapper]:h-auto! print:[&_.recharts-wrapper]:w-[55%]! print:[&_svg.recharts-surface]:h-auto! print:[&_svg.recharts-surface]:w-full!"
      >
        {width === null ? (
          <ChartSpace />
        ) : (
          <Suspense fallback={<ChartSpace />}>
            <RadarDrawing
              radar={radar}
              shown={shown}
              width={width}
              svgRef={chartRef}
              onDrawn={onDrawn}
            />
          </Suspense>
        )}
      </div>

      {/* A table ignores sr-only's 1px width and overflow, so on its own it would widen the page
          to its full size; the wrapper does the clipping. Printed before the chart was ever
          drawn (the page printed from its top), the table stands in for it on paper. */}
      <div className={onPaper}>
        <table className={`${onPaper} text-left text-sm [&_td]:pr-4 [&_th]:pr-4`}>
          <caption>{t("radar.tableCaption", { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("criterion")}</th>
              <th scope="col">{t("radar.teamMedian")}</th>
              <th scope="col">{t("radar.middleHalf")}</th>
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
                  <td>{formatMedian(team?.median ?? null, words)}</td>
                  <td>{formatMiddleHalf(team?.q1 ?? null, team?.q3 ?? null, words)}</td>
                  {radar.options.map((option) => (
                    <td key={option.id}>{formatOptionValue(option.values[index], words)}</td>
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
          {t("radar.download")}
        </button>
        <span role="status" className="text-muted text-sm">
          {status === "done"
            ? t("radar.downloaded")
            : status === "failed"
              ? t("radar.downloadFailed")
              : ""}
        </span>
      </div>
    </figure>
  );
}

/** Roughly the chart's size, so the page does not jump much when it appears; not on paper. */
function ChartSpace() {
  return <div className="aspect-[4/3] w-full max-w-[560px] print:hidden" />;
}

function SwatchSpace() {
  return <span className="inline-block h-3.5 w-9 shrink-0" />;
}

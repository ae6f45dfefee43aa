"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { optionStyle } from "./radar-style";
import { formatMedian, formatMiddleHalf } from "./radar-text";
import { useTableWords } from "./table-words";

// recharts is fetched only once the browser has measured where the chart goes, as the radar
// chart does (./radar-chart.tsx).
const SeriesDrawing = lazy(() => import("./series-drawing"));

export interface DriftRun {
  label: string;
  /** Whether the run has a revealed round: before that it shows nothing. */
  revealed: boolean;
  /** Per criterion, in the order of `criteria`; null numbers where nothing is revealed. */
  values: { median: number | null; q1: number | null; q3: number | null }[];
}

/**
 * How the team's median on each criterion moved from run to run: a line per criterion, and the
 * same numbers (with the middle half of the votes) in a table beside it for everyone who does
 * not read the chart.
 */
export function SeriesChart({
  criteria,
  runs,
}: {
  criteria: { id: string; name: string }[];
  runs: DriftRun[];
}) {
  const t = useTranslations("results");
  const words = useTableWords();
  const boxRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = boxRef.current;
    if (!element) return;
    const resize = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    resize.observe(element);
    return () => resize.disconnect();
  }, []);

  const lines = criteria.map((criterion, index) => ({
    id: criterion.id,
    name: criterion.name,
    style: optionStyle(index),
  }));
  const rows = runs.map((run) => {
    const row: Record<string, string | number | null> = { run: run.label };
    criteria.forEach((criterion, index) => (row[criterion.id] = run.values[index]?.median ?? null));
    return row;
  });

  // A line needs two revealed runs; with one, the table says all there is.
  const comparable = runs.filter((run) => run.revealed).length >= 2;

  return (
    <div className="space-y-4">
      {comparable ? (
        <figure className="space-y-3" aria-labelledby="drift-chart-caption">
          <figcaption id="drift-chart-caption" className="font-semibold">
            {t("seriesChart.caption")}
          </figcaption>
          <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm" aria-label={t("seriesChart.key")}>
            {lines.map(({ id, name, style }) => (
              <li key={id} className="inline-flex items-center gap-2">
                <svg width={28} height={10} aria-hidden="true" focusable="false">
                  <line
                    x1={0}
                    y1={5}
                    x2={28}
                    y2={5}
                    stroke={style.color}
                    strokeWidth={2.5}
                    strokeDasharray={style.dash}
                  />
                </svg>
                {name}
              </li>
            ))}
          </ul>
          <div ref={boxRef} aria-hidden className="flex w-full justify-center">
            {width === null ? (
              <div className="h-60 w-full" />
            ) : (
              <Suspense fallback={<div className="h-60 w-full" />}>
                <SeriesDrawing rows={rows} lines={lines} width={width} />
              </Suspense>
            )}
          </div>
        </figure>
      ) : null}

      <div
        className="overflow-x-auto"
        role="region"
        aria-label={t("seriesChart.table")}
        tabIndex={0}
      >
        <table className="w-full text-left text-sm [&_td]:py-2 [&_td]:pr-4 [&_th]:py-2 [&_th]:pr-4">
          <caption className="text-muted mb-2 text-left">{t("seriesChart.tableCaption")}</caption>
          <thead className="border-line border-b">
            <tr>
              <th scope="col">{t("criterion")}</th>
              {runs.map((run) => (
                <th key={run.label} scope="col">
                  {run.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-line divide-y">
            {criteria.map((criterion, index) => (
              <tr key={criterion.id}>
                <th scope="row" className="font-medium">
                  {criterion.name}
                </th>
                {runs.map((run) => {
                  const value = run.values[index];
                  return (
                    <td key={run.label} className="tabular-nums">
                      {!run.revealed ? (
                        <span className="text-muted">{t("seriesChart.notRevealed")}</span>
                      ) : value && value.median !== null ? (
                        <>
                          <span className="font-semibold">{formatMedian(value.median, words)}</span>
                          <span className="text-muted">
                            {" "}
                            {t("seriesChart.middleHalf", {
                              range: formatMiddleHalf(value.q1, value.q3, words),
                            })}
                          </span>
                        </>
                      ) : (
                        <span className="text-muted">{words.noVotes}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

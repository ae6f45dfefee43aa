import { useTranslations } from "next-intl";
import type { RadarView } from "@/lib/results/radar";
import { optionStyle } from "./radar-style";
import { formatMedian, formatMiddleHalf, formatOptionValue } from "./radar-text";
import { useTableWords } from "./table-words";

// The radar chart's numbers for a phone, where a radar would be too small to read: one line per
// criterion, on a 1 to 5 scale, with the team's middle half and median above each option's
// value. Plain SVG from the server: no chart library to fetch, nothing to lay out in the browser.

const WIDTH = 320;
const PAD = 14;
const ROW = 16;

const x = (value: number) => PAD + ((value - 1) / 4) * (WIDTH - 2 * PAD);

export function DotPlot({ radar }: { radar: RadarView }) {
  const t = useTranslations("results");
  const words = useTableWords();
  const rows = radar.options.length + 1;
  const height = rows * ROW + 18;
  return (
    <div className="space-y-3" data-testid="dot-plot">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
        {radar.options.map((option, index) => (
          <li key={option.id} className="inline-flex items-center gap-2">
            <svg viewBox="0 0 12 12" className="size-3">
              <circle cx={6} cy={6} r={5} fill={optionStyle(index).color} />
            </svg>
            <span className={option.recommended ? "font-semibold" : undefined}>
              {option.recommended ? t("recommendedOption", { name: option.name }) : option.name}
            </span>
          </li>
        ))}
        <li className="text-muted">{t("dotPlot.key")}</li>
      </ul>
      <ol className="space-y-4">
        {radar.axes.map((axis, index) => {
          const team = radar.team[index];
          const text = t("dotPlot.text", {
            median: formatMedian(team?.median ?? null, words),
            middleHalf: formatMiddleHalf(team?.q1 ?? null, team?.q3 ?? null, words),
            options: radar.options
              .map((option) =>
                t("dotPlot.optionValue", {
                  name: option.name,
                  value: formatOptionValue(option.values[index], words),
                }),
              )
              .join(", "),
          });
          return (
            <li key={axis.id} className="space-y-1">
              <h3 className="text-sm font-semibold">
                {axis.name}{" "}
                <span className="text-muted font-normal">
                  {axis.kind === "need" ? t("dotPlot.need") : t("dotPlot.capacity")}
                </span>
              </h3>
              <p className="sr-only">{text}</p>
              <svg
                viewBox={`0 0 ${WIDTH} ${height}`}
                className="h-auto w-full"
                aria-hidden="true"
                focusable="false"
              >
                {[1, 2, 3, 4, 5].map((tick) => (
                  <g key={tick}>
                    <line
                      x1={x(tick)}
                      x2={x(tick)}
                      y1={2}
                      y2={rows * ROW}
                      className="stroke-line"
                    />
                    <text
                      x={x(tick)}
                      y={height - 3}
                      textAnchor="middle"
                      className="fill-muted text-[11px]"
                    >
                      {tick}
                    </text>
                  </g>
                ))}
                {team && team.q1 !== null && team.q3 !== null ? (
                  <rect
                    x={x(team.q1) - 4}
                    y={2}
                    width={x(team.q3) - x(team.q1) + 8}
                    height={rows * ROW - 2}
                    rx={4}
                    className="fill-faint opacity-30"
                  />
                ) : null}
                {team && team.median !== null ? (
                  <g>
                    <line
                      x1={x(team.median)}
                      x2={x(team.median)}
                      y1={2}
                      y2={rows * ROW}
                      strokeWidth={2}
                      className="stroke-ink"
                    />
                    <text x={PAD} y={ROW - 4} className="fill-ink text-[11px] font-semibold">
                      {t("dotPlot.team")}
                    </text>
                  </g>
                ) : null}
                {radar.options.map((option, row) => {
                  const value = option.values[index];
                  if (value === undefined) return null;
                  const style = optionStyle(row, option.recommended);
                  return (
                    <circle
                      key={option.id}
                      cx={x(value)}
                      cy={(row + 1) * ROW + ROW / 2}
                      r={option.recommended ? 6 : 4.5}
                      fill={style.color}
                      fillOpacity={style.opacity}
                      className="stroke-surface"
                      strokeWidth={1.5}
                    />
                  );
                })}
              </svg>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

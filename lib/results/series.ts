import "server-only";
import { z } from "zod";
import type { Grant } from "@/lib/access/gate";
import { prisma } from "@/lib/db/prisma";
import { rows } from "@/lib/db/rows";
import type { Locale } from "@/lib/i18n/locales";
import { loadResults } from "./data";
import { resultsView } from "./access";
import { formatNumberIn, resultsWords } from "./words";
import { localiseFramework } from "@/lib/frameworks";

// The runs of one quarterly decision (issue 17 item 6): every workshop that shares a series_id,
// oldest first, each as the aggregates of its newest revealed round, worked out by the results
// library (loadResults reads revealed rounds only; buildResultsView scores them). Aggregates
// only: no names, no reasons, no single ballot; of a recorded decision, only the option. A run
// with nothing revealed shows nothing of its votes, not even how many there are.

/** One run's numbers on one criterion, from the newest revealed round. */
export interface RunCriterion {
  id: string;
  name: string;
  median: number | null;
  /** The middle half of the votes. */
  q1: number | null;
  q3: number | null;
}

export interface SeriesRun {
  workshopId: string;
  /** 1 for the first run, in the order they were made. */
  number: number;
  createdAt: Date;
  /** Whether this is the workshop the page was opened from. */
  current: boolean;
  /** The newest revealed round; null while nothing is revealed. */
  round: { number: number; revealedAt: Date } | null;
  voters: number | null;
  recommendation: { optionId: string; name: string } | null;
  /** What the team recorded as decided: the option of the newest decision version, if any. */
  decision: { optionId: string; name: string } | null;
  criteria: RunCriterion[];
}

export interface SeriesView {
  seriesId: string;
  title: string;
  teamName: string;
  runs: SeriesRun[];
  /** The criteria, in the framework's order (every run copies the same frozen framework). */
  criteria: { id: string; name: string }[];
}

/** The runs of the workshop's series: ids and when each was made. */
const seriesRunRow = z.object({
  id: z.string(),
  seriesId: z.string(),
  createdAt: z.date(),
  decisionOptionId: z.string().nullable(),
});

/**
 * The workshop's series, oldest run first; a workshop never run again is a series of one.
 * Deleted runs are simply gone: the others keep their series_id.
 */
async function seriesRuns(workshopId: string) {
  return rows(
    "seriesRuns",
    seriesRunRow,
    prisma().$queryRaw`
    SELECT w.id, coalesce(w.series_id, w.id) AS "seriesId", w.created_at AS "createdAt",
      -- The decision in force is the newest version (lib/decisions/record.ts); only its option.
      (SELECT d.option_id FROM decision_versions d WHERE d.workshop_id = w.id
        ORDER BY d.version DESC LIMIT 1) AS "decisionOptionId"
    FROM workshops here
    JOIN workshops w ON w.id = here.id
      OR (here.series_id IS NOT NULL AND w.series_id = here.series_id)
    WHERE here.id = ${workshopId}::uuid
    ORDER BY w.created_at, w.id`,
  );
}

/** One run's aggregates, through the results library. */
async function runOf(
  row: z.output<typeof seriesRunRow>,
  number: number,
  current: string,
  locale: Locale,
  /** The round of the current run to show; its newest revealed one when not given. */
  currentRound?: number,
): Promise<{ run: SeriesRun; title: string; teamName: string; axes: SeriesView["criteria"] }> {
  const source = await loadResults(row.id);
  // "share" is the audience that never carries names; nothing of it but aggregates is kept.
  const view = resultsView(source, {
    audience: "share",
    locale,
    ...(row.id === current && currentRound !== undefined && { roundNumber: currentRound }),
  });
  const framework = localiseFramework(source.framework, locale);
  const axes = framework.criteria.map(({ id, name }) => ({ id, name }));
  const run: SeriesRun = {
    workshopId: row.id,
    number,
    createdAt: row.createdAt,
    current: row.id === current,
    round: view ? view.round : null,
    voters: view ? (source.rounds.at(-1)?.ballots.length ?? 0) : null,
    recommendation: view?.headline
      ? { optionId: view.headline.optionId, name: view.headline.name }
      : null,
    decision:
      row.decisionOptionId === null
        ? null
        : {
            optionId: row.decisionOptionId,
            name:
              framework.options.find((option) => option.id === row.decisionOptionId)?.name ??
              row.decisionOptionId,
          },
    criteria: view
      ? view.radar.axes.map((axis, index) => ({
          id: axis.id,
          name: axis.name,
          median: view.radar.team[index]?.median ?? null,
          q1: view.radar.team[index]?.q1 ?? null,
          q3: view.radar.team[index]?.q3 ?? null,
        }))
      : [],
  };
  return { run, title: source.workshop.title, teamName: source.workshop.teamName, axes };
}

async function buildSeries(
  workshopId: string,
  found: z.output<typeof seriesRunRow>[],
  locale: Locale,
  currentRound?: number,
): Promise<SeriesView> {
  const runs = await Promise.all(
    found.map((row, index) => runOf(row, index + 1, workshopId, locale, currentRound)),
  );
  const here = runs.find(({ run }) => run.current)!;
  return {
    seriesId: found[0]!.seriesId,
    title: here.title,
    teamName: here.teamName,
    criteria: here.axes,
    runs: runs.map(({ run }) => run),
  };
}

/** Every run of the series of the workshop in the grant, for its facilitator reading `locale`. */
export async function loadSeries(grant: Grant<"series.view">, locale: Locale): Promise<SeriesView> {
  return buildSeries(grant.workshopId, await seriesRuns(grant.workshopId), locale);
}

/** Whether the workshop is part of a series (it was run again, or is a re-run). */
export async function isInSeries(grant: Grant<"series.view">): Promise<boolean> {
  const workshop = await prisma().workshop.findUnique({
    where: { id: grant.workshopId },
    select: { seriesId: true },
  });
  return workshop?.seriesId != null;
}

/**
 * What moved between two runs, in plain sentences in `locale`: each criterion whose median
 * changed, then the recommendation. Pure, for the page and the leadership brief alike.
 */
export function describeDrift(previous: SeriesRun, current: SeriesRun, locale: Locale): string[] {
  if (!previous.round || !current.round) return [];
  const t = resultsWords(locale);
  const before = new Map(previous.criteria.map((criterion) => [criterion.id, criterion]));
  const sentences: string[] = [];
  for (const criterion of current.criteria) {
    const was = before.get(criterion.id)?.median ?? null;
    const now = criterion.median;
    if (was === null || now === null || was === now) continue;
    const moved = {
      criterion: criterion.name,
      before: formatNumberIn(locale, was),
      after: formatNumberIn(locale, now),
    };
    sentences.push(now > was ? t("seriesDrift.up", moved) : t("seriesDrift.down", moved));
  }
  if (sentences.length === 0) sentences.push(t("seriesDrift.noneMoved"));
  const from = previous.recommendation?.name ?? null;
  const to = current.recommendation?.name ?? null;
  if (from !== null && to !== null) {
    sentences.push(
      from === to
        ? t("seriesDrift.stayed", { option: to })
        : t("seriesDrift.changed", { from, to }),
    );
  }
  return sentences;
}

/**
 * What moved in this run (as of `round`, its newest revealed one by default) since the previous
 * revealed run of its series, in plain sentences, for the leadership brief; empty when this run
 * has nothing revealed or is the first. Made of aggregates only, so it is for whoever may see
 * this run's results (a member, a share link, a signatory): `workshopId` comes from results
 * they were given. A workshop never run again costs one query.
 */
export async function driftSincePrevious(
  workshopId: string,
  locale: Locale,
  round?: number,
): Promise<string[]> {
  const found = await seriesRuns(workshopId);
  return found.length < 2
    ? []
    : driftIn(await buildSeries(workshopId, found, locale, round), locale);
}

/** The drift of the series' current run in `locale` (see driftSincePrevious). */
export function driftIn(series: SeriesView, locale: Locale): string[] {
  const index = series.runs.findIndex((run) => run.current);
  const current = series.runs[index];
  const previous = series.runs
    .slice(0, index)
    .reverse()
    .find((run) => run.round !== null);
  return current && previous ? describeDrift(previous, current, locale) : [];
}

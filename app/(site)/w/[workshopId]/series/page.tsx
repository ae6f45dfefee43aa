import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SeriesChart } from "@/components/results/series-chart";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { authorizeOrNotFound } from "@/lib/access/gate";
import { driftIn, loadSeries } from "@/lib/results/series";
import { requestLocale } from "@/lib/i18n/request-locale";
import { settleDeadlines } from "@/lib/workshops/deadlines";
import { withClientMessages } from "@/components/site/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results.series");
  return { title: t("title"), robots: { index: false } };
}

// Every run of a quarterly decision, for the facilitator of one of them: what each run's newest
// revealed round said, and how the team's view of each criterion drifted. Aggregates only.
async function SeriesPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const t = await getTranslations("results");
  await settleDeadlines({ workshopId });
  const grant = await authorizeOrNotFound(workshopId, "series.view");
  const locale = await requestLocale();
  const series = await loadSeries(grant, locale);
  const drift = driftIn(series, locale);
  const current = series.runs.find((run) => run.current);
  const revealedRuns = series.runs.filter((run) => run.round !== null);

  return (
    <div className="space-y-8">
      <WorkshopHeading
        eyebrow={t("series.title")}
        title={series.title}
        teamName={series.teamName}
      />
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/w/${workshopId}/facilitate`} className="text-accent underline">
          {t("backToFacilitator")}
        </Link>
        <Link href={`/w/${workshopId}/results`} className="text-accent underline">
          {t("series.resultsOfRun", { run: current?.number ?? "" })}
        </Link>
      </p>

      <Card as="section" aria-labelledby="runs-heading">
        <h2 id="runs-heading" className="text-xl font-semibold">
          {t("series.runs")}
        </h2>
        <p className="text-muted mt-1">{t("series.runsIntro")}</p>
        {/* On a phone each run is a short list of its own; the table needs a wider screen. */}
        <ul className="divide-line mt-4 divide-y sm:hidden" aria-label={t("series.runs")}>
          {series.runs.map((run) => (
            <li key={run.workshopId} className="py-3">
              <p className="font-semibold">
                {t("series.run", { run: run.number })}
                {run.current ? (
                  <span className="text-muted font-normal"> {t("series.thisOne")}</span>
                ) : null}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-muted">{t("series.started")}</dt>
                <dd>
                  <LocalTime iso={run.createdAt.toISOString()} />
                </dd>
                <dt className="text-muted">{t("series.roundRevealed")}</dt>
                <dd>{run.round ? t("round", { round: run.round.number }) : t("series.notYet")}</dd>
                <dt className="text-muted">{t("series.voted")}</dt>
                <dd className="tabular-nums">{run.voters ?? "–"}</dd>
                <dt className="text-muted">{t("recommendation")}</dt>
                <dd>{run.recommendation?.name ?? "–"}</dd>
                <dt className="text-muted">{t("series.decision")}</dt>
                <dd>{run.decision?.name ?? "–"}</dd>
              </dl>
            </li>
          ))}
        </ul>
        <div
          className="mt-4 hidden overflow-x-auto sm:block"
          role="region"
          aria-label={t("series.runs")}
          tabIndex={0}
        >
          <table className="w-full min-w-max text-left text-sm [&_td]:py-2 [&_td]:pr-4 [&_th]:py-2 [&_th]:pr-4">
            <thead className="border-line border-b">
              <tr>
                <th scope="col">{t("series.runColumn")}</th>
                <th scope="col">{t("series.started")}</th>
                <th scope="col">{t("series.roundRevealed")}</th>
                <th scope="col">{t("series.voted")}</th>
                <th scope="col">{t("recommendation")}</th>
                <th scope="col">{t("series.decision")}</th>
              </tr>
            </thead>
            <tbody className="divide-line divide-y">
              {series.runs.map((run) => (
                <tr key={run.workshopId}>
                  <th scope="row" className="font-medium">
                    {t("series.run", { run: run.number })}
                    {run.current ? (
                      <span className="text-muted font-normal"> {t("series.thisOne")}</span>
                    ) : null}
                  </th>
                  <td>
                    <LocalTime iso={run.createdAt.toISOString()} />
                  </td>
                  <td>
                    {run.round ? (
                      t("round", { round: run.round.number })
                    ) : (
                      <span className="text-muted">{t("series.notYet")}</span>
                    )}
                  </td>
                  <td className="tabular-nums">{run.voters ?? "–"}</td>
                  <td>{run.recommendation?.name ?? "–"}</td>
                  <td>{run.decision?.name ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>

      <Card as="section" aria-labelledby="drift-heading">
        <h2 id="drift-heading" className="text-xl font-semibold">
          {t("series.whatMoved")}
        </h2>
        {drift.length > 0 ? (
          <>
            <p className="text-muted mt-1">
              {t("series.driftIntro", { run: current?.number ?? "" })}
            </p>
            <ul className="mt-3 list-disc space-y-1 pl-5" aria-labelledby="drift-heading">
              {drift.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-muted mt-1">{t("series.noDrift")}</p>
        )}
        {revealedRuns.length > 0 ? (
          <div className="mt-6">
            <SeriesChart
              criteria={series.criteria}
              runs={series.runs.map((run) => ({
                label: t("series.run", { run: run.number }),
                revealed: run.round !== null,
                values: series.criteria.map((criterion) => {
                  const found = run.criteria.find((c) => c.id === criterion.id);
                  return {
                    median: found?.median ?? null,
                    q1: found?.q1 ?? null,
                    q3: found?.q3 ?? null,
                  };
                }),
              }))}
            />
          </div>
        ) : null}
      </Card>
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  ["results.criterion", "results.seriesChart", "results.table"],
  SeriesPage,
);

import type { Metadata } from "next";
import Link from "next/link";
import { SeriesChart } from "@/components/results/series-chart";
import { Card } from "@/components/ui/card";
import { LocalTime } from "@/components/ui/local-time";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { authorizeOrNotFound } from "@/lib/access/gate";
import { driftIn, loadSeries } from "@/lib/results/series";
import { settleDeadlines } from "@/lib/workshops/deadlines";

export const metadata: Metadata = { title: "Every run", robots: { index: false } };

// Every run of a quarterly decision, for the facilitator of one of them: what each run's newest
// revealed round said, and how the team's view of each criterion drifted. Aggregates only.
export default async function SeriesPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  await settleDeadlines({ workshopId });
  const grant = await authorizeOrNotFound(workshopId, "series.view");
  const series = await loadSeries(grant);
  const drift = driftIn(series);
  const current = series.runs.find((run) => run.current);
  const revealedRuns = series.runs.filter((run) => run.round !== null);

  return (
    <div className="space-y-8">
      <WorkshopHeading eyebrow="Every run" title={series.title} teamName={series.teamName} />
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/w/${workshopId}/facilitate`} className="text-accent underline">
          Back to the facilitator page
        </Link>
        <Link href={`/w/${workshopId}/results`} className="text-accent underline">
          Results of run {current?.number}
        </Link>
      </p>

      <Card as="section" aria-labelledby="runs-heading">
        <h2 id="runs-heading" className="text-xl font-semibold">
          Runs
        </h2>
        <p className="text-muted mt-1">
          Each run shows its newest revealed round. A run that is still voting shows nothing yet.
        </p>
        {/* On a phone each run is a short list of its own; the table needs a wider screen. */}
        <ul className="divide-line mt-4 divide-y sm:hidden" aria-label="Runs">
          {series.runs.map((run) => (
            <li key={run.workshopId} className="py-3">
              <p className="font-semibold">
                Run {run.number}
                {run.current ? <span className="text-muted font-normal"> (this one)</span> : null}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-muted">Started</dt>
                <dd>
                  <LocalTime iso={run.createdAt.toISOString()} />
                </dd>
                <dt className="text-muted">Round revealed</dt>
                <dd>{run.round ? `Round ${run.round.number}` : "Not yet"}</dd>
                <dt className="text-muted">Voted</dt>
                <dd className="tabular-nums">{run.voters ?? "–"}</dd>
                <dt className="text-muted">Recommendation</dt>
                <dd>{run.recommendation?.name ?? "–"}</dd>
                <dt className="text-muted">Decision</dt>
                <dd>{run.decision?.name ?? "–"}</dd>
              </dl>
            </li>
          ))}
        </ul>
        <div
          className="mt-4 hidden overflow-x-auto sm:block"
          role="region"
          aria-label="Runs"
          tabIndex={0}
        >
          <table className="w-full min-w-max text-left text-sm [&_td]:py-2 [&_td]:pr-4 [&_th]:py-2 [&_th]:pr-4">
            <thead className="border-line border-b">
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Started</th>
                <th scope="col">Round revealed</th>
                <th scope="col">Voted</th>
                <th scope="col">Recommendation</th>
                <th scope="col">Decision</th>
              </tr>
            </thead>
            <tbody className="divide-line divide-y">
              {series.runs.map((run) => (
                <tr key={run.workshopId}>
                  <th scope="row" className="font-medium">
                    Run {run.number}
                    {run.current ? (
                      <span className="text-muted font-normal"> (this one)</span>
                    ) : null}
                  </th>
                  <td>
                    <LocalTime iso={run.createdAt.toISOString()} />
                  </td>
                  <td>
                    {run.round ? (
                      `Round ${run.round.number}`
                    ) : (
                      <span className="text-muted">Not yet</span>
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
          What moved
        </h2>
        {drift.length > 0 ? (
          <>
            <p className="text-muted mt-1">Run {current?.number} against the run before it:</p>
            <ul className="mt-3 list-disc space-y-1 pl-5" aria-labelledby="drift-heading">
              {drift.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-muted mt-1">
            Once this run and an earlier one are both revealed, what changed between them shows
            here.
          </p>
        )}
        {revealedRuns.length > 0 ? (
          <div className="mt-6">
            <SeriesChart
              criteria={series.criteria}
              runs={series.runs.map((run) => ({
                label: `Run ${run.number}`,
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

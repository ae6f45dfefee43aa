import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ResultsReport } from "@/components/results/results-report";
import { LiveSharedResults } from "@/components/results/live-results";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { hitByClient, LINK_LOOKUPS_PER_ADDRESS } from "@/lib/http/rate-limit";
import { resultsVersionOf } from "@/lib/realtime/state";
import { resultsForShareLink } from "@/lib/results/access";
import { buildResultsView } from "@/lib/results/view-model";
import { settleDeadlines } from "@/lib/workshops/deadlines";

export const metadata: Metadata = { title: "Workshop results", robots: { index: false } };

// What a share link shows: the results and nothing else. Unknown, revoked and expired links all
// get the same 404; before the first reveal the page says only that nothing is there yet.
export default async function SharedResultsPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const lookup = await hitByClient(LINK_LOOKUPS_PER_ADDRESS, await headers());
  if (!lookup.allowed) return <RateLimitedNotice retryAfterSeconds={lookup.retryAfterSeconds} />;
  await settleDeadlines({ shareToken: token });
  const access = await resultsForShareLink(token);
  if (!access) notFound();
  const view = buildResultsView(access.source, {
    audience: "share",
    ...(access.weights !== undefined && { weights: access.weights }),
  });
  const live =
    access.link.mode === "live" ? (
      <LiveSharedResults
        token={token}
        resultsVersion={resultsVersionOf(
          access.source.rounds.map((round) => round.number),
          access.source.weights,
        )}
      />
    ) : null;
  if (!view) {
    return (
      <div className="space-y-6">
        <WorkshopHeading
          eyebrow="Results"
          title={access.source.workshop.title}
          teamName={access.source.workshop.teamName}
        />
        <p className="text-lg">
          The team has not revealed its votes yet. This page shows the results as soon as they are.
        </p>
        {live}
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {live}
      <p className="text-sm text-slate-700 print:hidden">
        {access.link.mode === "live"
          ? "A read-only view of the newest results; it follows the workshop as it goes on."
          : `A read-only copy of round ${view.round.number} as it was when this link was made.`}
      </p>
      <ResultsReport view={view} csvHref={`/s/${token}/ballots.csv`} />
    </div>
  );
}

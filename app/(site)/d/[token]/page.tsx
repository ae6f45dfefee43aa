import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { DecisionBrief } from "@/components/decisions/brief";
import { SignOffForm } from "@/components/decisions/sign-off-form";
import { ResultsReport } from "@/components/results/results-report";
import { Notice } from "@/components/ui/notice";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { buildBrief, formatMoment } from "@/lib/decisions/brief";
import { loadDecision } from "@/lib/decisions/record";
import { findSignatory } from "@/lib/decisions/sign-offs";
import { lookUpLink } from "@/lib/http/rate-limit";
import { loadResults } from "@/lib/results/data";
import { driftSincePrevious } from "@/lib/results/series";
import { expandedReasons, SHOW_CAREFULLY } from "@/lib/results/view-model";
import { resultsView } from "@/lib/results/access";

export const metadata: Metadata = { title: "Sign off the decision", robots: { index: false } };

// A signatory's personal page: the brief of the decision in force, their answer to it, and the
// team's analysis folded below, shown as a new share link shows it (no names, reasons without
// their authors, no CSV). Unknown and removed links get the same 404.
export default async function SignOffPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ reasons?: string | string[] }>;
}) {
  const { token } = await params;
  const lookup = await lookUpLink(
    await headers(),
    () => findSignatory(token),
    (found) => `sign-off:${found.signatoryId}`,
  );
  if (lookup.outcome === "limited") {
    return <RateLimitedNotice retryAfterSeconds={lookup.retryAfterSeconds} />;
  }
  if (lookup.outcome === "missing") notFound();
  const signatory = lookup.found;
  const source = await loadResults(signatory.workshopId);
  const record = await loadDecision(signatory.workshopId, source.framework);
  const current = record?.versions[0];
  if (!record || !current) notFound();
  const view = resultsView(source, {
    audience: "share",
    shows: SHOW_CAREFULLY,
    roundNumber: current.roundNumber,
  });
  if (!view) notFound();
  const answers = record.signatories.find((p) => p.id === signatory.signatoryId)?.answers ?? [];
  const given = answers.find((answer) => answer.version === current.version);
  const earlier = answers.find((answer) => answer.version < current.version);

  const answer = given ? (
    <Notice tone={given.answer === "approved" ? "success" : "warning"} role="status">
      {given.answer === "approved"
        ? `You approved version ${current.version} on ${formatMoment(given.at)}. Thank you: there is nothing more to do unless the decision changes, in which case you will hear again.`
        : `You asked for changes to version ${current.version} on ${formatMoment(given.at)}. The facilitator has your comment; you will hear again when a new version is recorded.`}
    </Notice>
  ) : (
    <SignOffForm token={token} version={current.version} />
  );

  return (
    <div className="space-y-6">
      <p className="text-lg print:hidden">
        Hello {signatory.name}. {source.workshop.teamName} asks you to sign off its decision. Read
        the brief, then approve it or ask for changes. The team&apos;s analysis is below it.
      </p>
      {earlier && !given ? (
        <Notice tone="info">
          The decision changed since you answered version {earlier.version}
          {earlier.answer === "changes_requested" ? " with a request for changes" : ""}: this is
          version {current.version}.
        </Notice>
      ) : null}
      <ResultsReport
        view={view}
        reasons={{
          expanded: expandedReasons(view, (await searchParams).reasons),
          href: (criterion) => `/d/${token}?reasons=${criterion}#criterion-${criterion}`,
        }}
        brief={
          <>
            <DecisionBrief
              brief={buildBrief(
                view,
                record,
                source.framework,
                await driftSincePrevious(source.workshop.id, view.round.number),
              )}
            />
            {answer}
          </>
        }
      />
    </div>
  );
}

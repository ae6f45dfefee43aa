import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DecisionBrief } from "@/components/decisions/brief";
import { SignOffForm } from "@/components/decisions/sign-off-form";
import { ResultsReport } from "@/components/results/results-report";
import { Notice } from "@/components/ui/notice";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { buildBrief } from "@/lib/decisions/brief";
import { loadDecision } from "@/lib/decisions/record";
import { findSignatory } from "@/lib/decisions/sign-offs";
import { lookUpLink } from "@/lib/http/rate-limit";
import { loadResults } from "@/lib/results/data";
import { driftSincePrevious } from "@/lib/results/series";
import { requestLocale } from "@/lib/i18n/request-locale";
import { expandedReasons, SHOW_CAREFULLY } from "@/lib/results/view-model";
import { resultsView } from "@/lib/results/access";
import { withClientMessages } from "@/components/site/client-messages";
import { localiseFramework } from "@/lib/frameworks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("decisions.signOffPage");
  return { title: t("title"), robots: { index: false } };
}

/** "5 December 2026" in the reader's language, for a moment, in UTC. */
const DAY = { dateStyle: "long", timeZone: "UTC" } as const;

// A signatory's personal page: the brief of the decision in force, their answer to it, and the
// team's analysis folded below, shown as a new share link shows it (no names, reasons without
// their authors, no CSV). Unknown and removed links get the same 404.
async function SignOffPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ reasons?: string | string[] }>;
}) {
  const { token } = await params;
  const t = await getTranslations("decisions.signOffPage");
  const format = await getFormatter();
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
  const locale = await requestLocale();
  const framework = localiseFramework(source.framework, locale);
  const record = await loadDecision(signatory.workshopId, framework, locale);
  const current = record?.versions[0];
  if (!record || !current) notFound();
  const view = resultsView(source, {
    audience: "share",
    locale,
    shows: SHOW_CAREFULLY,
    roundNumber: current.roundNumber,
  });
  if (!view) notFound();
  const answers = record.signatories.find((p) => p.id === signatory.signatoryId)?.answers ?? [];
  const given = answers.find((answer) => answer.version === current.version);
  const earlier = answers.find((answer) => answer.version < current.version);

  const answer = given ? (
    <Notice tone={given.answer === "approved" ? "success" : "warning"} role="status">
      {t(given.answer === "approved" ? "approved" : "changesRequested", {
        version: current.version,
        date: format.dateTime(given.at, DAY),
      })}
    </Notice>
  ) : (
    <SignOffForm token={token} version={current.version} />
  );

  return (
    <div className="space-y-6">
      <p className="text-lg print:hidden">
        {t("greeting", { name: signatory.name, team: source.workshop.teamName })}
      </p>
      {earlier && !given ? (
        <Notice tone="info">
          {t(earlier.answer === "changes_requested" ? "changedAfterRequest" : "changed", {
            earlier: earlier.version,
            current: current.version,
          })}
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
                framework,
                await driftSincePrevious(source.workshop.id, view.locale, view.round.number),
              )}
            />
            {answer}
          </>
        }
      />
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  [
    "decisions.answer",
    "errors.failure",
    "errors.field",
    "results.criterion",
    "results.print",
    "results.radar",
    "results.recommended",
    "results.recommendedOption",
    "results.table",
  ],
  SignOffPage,
);

import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DecisionBrief } from "@/components/decisions/brief";
import { ResultsReport } from "@/components/results/results-report";
import { LiveSharedResults } from "@/components/results/live-results";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { lookUpLink } from "@/lib/http/rate-limit";
import { resultsVersionOf } from "@/lib/workshops/live-state";
import { resultsForShareLink, resultsView } from "@/lib/results/access";
import { driftSincePrevious } from "@/lib/results/series";
import { requestLocale } from "@/lib/i18n/request-locale";
import { expandedReasons } from "@/lib/results/view-model";
import { buildBrief, decidedBy } from "@/lib/decisions/brief";
import { loadDecision } from "@/lib/decisions/record";
import { settleDeadlines } from "@/lib/workshops/deadlines";
import { withClientMessages } from "@/components/site/client-messages";
import { localiseFramework } from "@/lib/frameworks";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results.shared");
  return { title: t("title"), robots: { index: false } };
}

// What a share link shows: the results and nothing else. Unknown, revoked and expired links all
// get the same 404; before the first reveal the page says only that nothing is there yet.
async function SharedResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ reasons?: string | string[] }>;
}) {
  const { token } = await params;
  const t = await getTranslations("results");
  const lookup = await lookUpLink(
    await headers(),
    async () => {
      await settleDeadlines({ shareToken: token });
      return resultsForShareLink(token);
    },
    (found) => `share:${found.link.shareLinkId}`,
  );
  if (lookup.outcome === "limited") {
    return <RateLimitedNotice retryAfterSeconds={lookup.retryAfterSeconds} />;
  }
  if (lookup.outcome === "missing") notFound();
  const access = lookup.found;
  const locale = await requestLocale();
  const framework = localiseFramework(access.source.framework, locale);
  const view = resultsView(access.source, {
    audience: "share",
    locale,
    ...(access.weights !== undefined && { weights: access.weights }),
    ...(access.contract !== undefined && { contract: access.contract }),
    shows: access.link.shows,
  });
  // The decision the team recorded on the round shown, or before it: a frozen link never shows
  // a decision made on later results.
  const decision = view
    ? decidedBy(await loadDecision(access.source.workshop.id, framework, locale), view)
    : null;
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
          eyebrow={t("title")}
          title={access.source.workshop.title}
          teamName={access.source.workshop.teamName}
        />
        <p className="text-lg">{t("shared.notRevealed")}</p>
        {live}
      </div>
    );
  }
  return (
    <div className="space-y-6">
      {live}
      <p className="text-muted text-sm print:hidden">
        {access.link.mode === "live"
          ? t("shared.live")
          : t("shared.snapshot", { round: view.round.number, contract: view.scoring.contract })}
      </p>
      <ResultsReport
        view={view}
        csvHref={access.link.shows.csv ? `/s/${token}/ballots.csv` : undefined}
        reasons={{
          expanded: expandedReasons(view, (await searchParams).reasons),
          href: (criterion) => `/s/${token}?reasons=${criterion}#criterion-${criterion}`,
        }}
        brief={
          <DecisionBrief
            brief={buildBrief(
              view,
              decision,
              framework,
              await driftSincePrevious(access.source.workshop.id, view.locale, view.round.number),
            )}
          />
        }
      />
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  [
    "results.criterion",
    "results.print",
    "results.radar",
    "results.recommended",
    "results.recommendedOption",
    "results.table",
  ],
  SharedResultsPage,
);

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ResultsReport } from "@/components/results/results-report";
import { Section } from "@/components/results/sections";
import { ShareLinks, type ShareLinkItem } from "@/components/results/share-links";
import { WeightsForm } from "@/components/results/weights-form";
import { primaryButtonClass } from "@/components/ui/field";
import { LiveResults } from "@/components/results/live-results";
import { RerunWorkshop } from "@/components/workshop/rerun-workshop";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { authorizeOrNotFound, grantAlso, type Grant } from "@/lib/access/gate";
import { publicOrigin } from "@/lib/http/origin";
import { renderedResults, resultsForMember, resultsView } from "@/lib/results/access";
import { requestLocale } from "@/lib/i18n/request-locale";
import { roundParam } from "@/lib/results/csv-response";
import { expandedReasons } from "@/lib/results/view-model";
import { isInSeries } from "@/lib/results/series";
import { settleDeadlines } from "@/lib/workshops/deadlines";
import { listShareLinks } from "@/lib/workshops/share-links";
import { withClientMessages } from "@/components/site/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results");
  return { title: t("title"), robots: { index: false } };
}

/** The facilitator's share links, worded for the list. */
async function shareLinkItems(grant: Grant<"share-links.list">): Promise<ShareLinkItem[]> {
  const origin = await publicOrigin();
  const now = Date.now();
  return (await listShareLinks(grant)).map((link) => ({
    id: link.id,
    label: link.label,
    mode: link.mode,
    roundNumber: link.roundNumber,
    url: `${origin}/s/${link.token}`,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    shows: link.shows,
    madeBeforeOptions: link.madeBeforeOptions,
    status: link.revokedAt
      ? "revoked"
      : link.expiresAt && link.expiresAt.getTime() <= now
        ? "expired"
        : "active",
  }));
}

// The results of a revealed round for the workshop's members. Before the first reveal there is
// nothing to show but where to go; the facilitator can already prepare links and weights.
async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workshopId: string }>;
  searchParams: Promise<{ round?: string | string[]; reasons?: string | string[] }>;
}) {
  const { workshopId } = await params;
  const t = await getTranslations("results");
  await settleDeadlines({ workshopId });
  const query = await searchParams;
  const asked = roundParam(query.round);
  if (asked === null) notFound();
  const grant = await authorizeOrNotFound(workshopId, "results.view");
  const access = await resultsForMember(grant);
  const { source } = access;
  // The facilitator's tools come with the share links, which only a facilitator may list.
  const shareLinks = grantAlso(grant, "share-links.list");
  const facilitator = access.audience === "facilitator";
  const view = resultsView(source, {
    audience: access.audience,
    locale: await requestLocale(),
    ...(asked !== undefined && { roundNumber: asked }),
  });
  if (!view && asked !== undefined) notFound();

  const latest = source.latestRound;
  const newerRoundOpen =
    latest.status === "open" && (view === null || latest.number > view.round.number);
  const backHref = facilitator ? `/w/${workshopId}/facilitate` : `/w/${workshopId}`;

  const seriesGrant = grantAlso(grant, "series.view");
  const inSeries = seriesGrant !== null && (await isInSeries(seriesGrant));
  const mayRerun = view !== null && grantAlso(grant, "workshop.rerun") !== null;
  const tools = shareLinks ? (
    <>
      {mayRerun ? (
        <Section id="rerun" title={t("page.rerunTitle")}>
          <RerunWorkshop workshopId={workshopId} mode={source.workshop.mode} inSeries={inSeries} />
        </Section>
      ) : null}
      {view ? (
        <Section id="weights" title={t("page.weightsTitle")} intro={t("page.weightsIntro")}>
          <WeightsForm
            workshopId={workshopId}
            criteria={view.weights.items}
            set={view.weights.set}
          />
        </Section>
      ) : null}
      <Section id="share" title={t("page.shareTitle")} intro={t("page.shareIntro")}>
        <ShareLinks
          workshopId={workshopId}
          links={await shareLinkItems(shareLinks)}
          newestRevealedRound={source.rounds.at(-1)?.number ?? null}
          anonymous={source.workshop.anonymous}
        />
      </Section>
    </>
  ) : undefined;

  const watcher = <LiveResults workshopId={workshopId} rendered={renderedResults(source)} />;
  const banner = newerRoundOpen ? (
    <p className="rounded-card border-accent-line bg-accent-soft flex flex-wrap items-center justify-between gap-3 border px-4 py-3 print:hidden">
      <span>{t("page.roundOpen", { round: latest.number })}</span>
      <Link href={backHref} className={primaryButtonClass}>
        {facilitator ? t("page.goToFacilitator") : t("page.goToBallot")}
      </Link>
    </p>
  ) : facilitator ? (
    <p className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">
      <Link href={backHref} className="text-accent underline">
        {t("backToFacilitator")}
      </Link>
      {view ? (
        <Link href={`/w/${workshopId}/decision`} className="text-accent underline">
          {t("page.recordDecision")}
        </Link>
      ) : null}
      {source.workshop.mode === "live" && view ? (
        <Link href={`/w/${workshopId}/present`} className="text-accent underline">
          {t("page.showRoom")}
        </Link>
      ) : null}
    </p>
  ) : view && latest.status !== "open" ? (
    // The ballot of a revealed round is gone for good, so there is no link back to it (it would
    // only lead here again); a new round brings the banner above.
    <p className="text-muted print:hidden">{t("page.votingOver", { round: latest.number })}</p>
  ) : (
    <p className="print:hidden">
      <Link href={backHref} className="text-accent underline">
        {t("page.backToBallot")}
      </Link>
    </p>
  );

  if (!view) {
    return (
      <div className="space-y-6">
        <WorkshopHeading
          eyebrow={t("title")}
          title={source.workshop.title}
          teamName={source.workshop.teamName}
        />
        <p className="text-lg">{t("page.nothingRevealed")}</p>
        {banner}
        {watcher}
        {tools}
      </div>
    );
  }

  return (
    <div className="space-y-6">
      {banner}
      {watcher}
      <ResultsReport
        view={view}
        csvHref={`/w/${workshopId}/results/ballots.csv?round=${view.round.number}`}
        roundHref={(round) => `/w/${workshopId}/results?round=${round}`}
        reasons={{
          expanded: expandedReasons(view, query.reasons),
          href: (criterion) =>
            `/w/${workshopId}/results?round=${view.round.number}&reasons=${criterion}#criterion-${criterion}`,
        }}
        tools={tools}
      />
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  [
    "errors.failure",
    "errors.field",
    "facilitator.chooseDateTime",
    "facilitator.ownTimeZone",
    "facilitator.rerun",
    "facilitator.seeEveryRun",
    "results.criterion",
    "results.print",
    "results.radar",
    "results.recommended",
    "results.recommendedOption",
    "results.shareLinks",
    "results.table",
    "results.weights",
  ],
  ResultsPage,
);

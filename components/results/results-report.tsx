import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { takingPartGroups } from "@/lib/results/words";
import { exportName } from "@/lib/results/csv";
import { openingOf, type ResultsView } from "@/lib/results/view-model";
import { PrintButton } from "./print-button";
import { drawsRadar } from "@/lib/results/radar";
import { DotPlot } from "./dot-plot";
import { RadarChart } from "./radar-chart";
import { RecommendationCard, ResultsHeading } from "./results-opening";
import {
  CriteriaSection,
  type ReasonsPaging,
  HistorySection,
  NextStepsSection,
  QuestionsSection,
  RankingSection,
  Section,
  TeamSplitSection,
  TradeOffSection,
  WhySection,
} from "./sections";

/**
 * The whole results page of one revealed round, shared by members and share-link viewers; what
 * differs between them is already decided in the view (lib/results/view-model.ts). `roundHref`
 * links the other revealed rounds, when the viewer may switch; `tools` holds the facilitator's
 * controls.
 */
export function ResultsReport({
  view,
  csvHref,
  roundHref,
  tools,
  brief,
  reasons,
}: {
  view: ResultsView;
  /** Where the ballots CSV downloads; a share link without it offers none. */
  csvHref?: string;
  roundHref?: (round: number) => string;
  tools?: ReactNode;
  /** Leadership's brief: first, with the team's analysis folded under it. */
  brief?: ReactNode;
  /** Reasons beyond the first few of each criterion come by their own link. */
  reasons?: ReasonsPaging;
}) {
  const t = useTranslations("results");
  const opening = openingOf(view);
  const analysis = (
    <>
      <RecommendationCard opening={opening} />
      <WhySection view={view} />
      <CriteriaSection view={view} reasons={reasons} />

      <Section id="profile" title={t("report.profileTitle")} open intro={t("report.profileIntro")}>
        {drawsRadar(view.radar) ? (
          <>
            <div className="hidden sm:block print:block">
              <RadarChart
                radar={view.radar}
                title={t("chartTitle")}
                fileName={`${exportName(view.workshop.title, view.round.number)}-chart`}
              />
            </div>
            <div className="sm:hidden print:hidden">
              <DotPlot radar={view.radar} />
            </div>
          </>
        ) : (
          <DotPlot radar={view.radar} />
        )}
      </Section>

      <RankingSection
        ranking={view.ranking}
        order={view.tradeOffs.columns.map((column) => column.id)}
        lang={view.framework.lang}
      />
      {view.tradeOffs.rows.length > 0 ? (
        <TradeOffSection tradeOffs={view.tradeOffs} lang={view.framework.lang} />
      ) : null}
      {view.nextSteps ? (
        <NextStepsSection steps={view.nextSteps} lang={view.framework.lang} />
      ) : null}
      <TeamSplitSection view={view} />
      {view.history ? <HistorySection history={view.history} /> : null}
      {view.questions.length > 0 ? (
        <QuestionsSection questions={view.questions} lang={view.framework.lang} />
      ) : null}
    </>
  );
  return (
    <div className="results-report space-y-6 print:space-y-5">
      <ResultsHeading opening={opening}>
        {view.takingPart ? (
          <p className="hidden text-sm print:block" data-testid="taking-part">
            {t("report.tookPart", { groups: takingPartGroups(view.locale, view.takingPart) })}
          </p>
        ) : null}
        {view.scoring.earlier ? (
          <div data-testid="earlier-scoring">
            <Notice tone="info" className="text-sm">
              {view.scoring.earlier}
            </Notice>
          </div>
        ) : null}
        {roundHref && view.revealedRounds.length > 1 ? (
          <nav aria-label={t("report.revealedRounds")} className="print:hidden">
            <ul className="flex flex-wrap gap-2">
              {view.revealedRounds.map((number) => (
                <li key={number}>
                  <Link
                    href={roundHref(number)}
                    aria-current={number === view.round.number ? "page" : undefined}
                    className="aria-[current=page]:border-accent aria-[current=page]:bg-accent border-line-strong aria-[current=page]:text-on-accent inline-block rounded-full border px-3 py-1 text-sm"
                  >
                    {t("round", { round: number })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </ResultsHeading>

      {brief ? (
        <>
          {brief}
          <details
            className="group space-y-6"
            data-testid="analysis"
            // Asked for a criterion's reasons: they are inside, so it opens on them.
            open={Boolean(reasons?.expanded)}
          >
            <summary className="rounded-card border-line bg-surface-muted cursor-pointer border px-5 py-4 text-lg font-semibold print:hidden">
              {t("report.analysis")}
            </summary>
            <div className="mt-6 space-y-6">{analysis}</div>
          </details>
        </>
      ) : (
        analysis
      )}

      {tools ? <div className="space-y-6 print:hidden">{tools}</div> : null}

      <div className="print:hidden">
        <Section id="export" title={t("report.exportTitle")}>
          <div className="flex flex-wrap gap-3">
            {csvHref ? (
              <a href={csvHref} className={secondaryButtonClass} download>
                {t("report.downloadCsv")}
              </a>
            ) : null}
            <PrintButton />
          </div>
          <p className="text-muted text-sm">
            {!csvHref
              ? t("report.exportNote")
              : view.workshop.anonymous
                ? t("report.exportNoteAnonymous")
                : t("report.exportNoteNamed")}
          </p>
        </Section>
      </div>
    </div>
  );
}

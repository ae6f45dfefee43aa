import { ChartColumn, MessagesSquare } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { secondaryButtonClass } from "@/components/ui/field";
import { DiscussionTimer } from "@/components/workshop/discussion-timer";
import { StartRoundButton } from "@/components/workshop/start-round-button";
import { exportName } from "@/lib/results/csv";
import type { ResultsView } from "@/lib/results/view-model";
import { drawsRadar } from "@/lib/results/radar";
import { DotPlot } from "./dot-plot";
import { RadarChart } from "./radar-chart";
import { confidenceTones } from "./results-opening";
import { Histogram } from "./sections";

/**
 * A revealed round on the projector: the answer, why, the disputed criteria as the agenda for
 * the discussion (each with a timer) and the team's profile, in type that reads from the back
 * of a room. Nothing on it names a person; the full results are one link away.
 */
export function RoomView({
  workshopId,
  view,
  canStartRound,
}: {
  workshopId: string;
  view: ResultsView;
  /** Whether the facilitator may open another round from here (the workshop is still open). */
  canStartRound: boolean;
}) {
  const t = useTranslations("results");
  const { headline } = view;
  const disputed = view.criteria.filter((criterion) => criterion.disputed);
  return (
    <div className="space-y-6 xl:space-y-8" data-testid="room-view">
      <section
        aria-labelledby="room-answer"
        className="rounded-card border-accent-line bg-surface shadow-card space-y-3 border-2 p-5 sm:p-8 xl:p-10"
      >
        <p className="text-accent text-lg font-semibold tracking-wide uppercase sm:text-2xl">
          {t(headline ? "room.bestFit" : "room.noAnswer", { round: view.round.number })}
        </p>
        <h2
          id="room-answer"
          className="text-4xl font-bold tracking-tight text-balance sm:text-6xl xl:text-7xl"
        >
          {headline ? headline.name : t("noRecommendation")}
        </h2>
        {headline ? (
          <p className="flex flex-wrap items-center gap-x-4 gap-y-2 text-2xl sm:text-3xl">
            <span>
              {t.rich("room.fit", {
                fit: headline.fitLabel,
                label: (chunks) => <span className="text-muted">{chunks}</span>,
                value: (chunks) => <span className="font-semibold">{chunks}</span>,
              })}
            </span>
            <Badge tone={confidenceTones[headline.confidence]} size="room">
              {headline.confidenceLabel}
            </Badge>
          </p>
        ) : null}
        <ul className="space-y-1 text-xl sm:text-2xl xl:text-3xl">
          {view.reasons.slice(0, 2).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <p className="text-muted text-lg sm:text-xl">{view.turnout}</p>
      </section>

      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-2 xl:gap-8">
        <section
          aria-labelledby="room-agenda"
          className="rounded-card border-line bg-surface shadow-card space-y-5 border p-5 sm:p-8"
        >
          <h2
            id="room-agenda"
            className="flex items-center gap-3 text-3xl font-bold sm:text-4xl [&>svg]:size-9"
          >
            <MessagesSquare aria-hidden="true" className="text-accent shrink-0" />
            {disputed.length > 0 ? t("room.talkThrough") : t("room.nothingToArgue")}
          </h2>
          {disputed.length > 0 ? (
            <ol className="space-y-8">
              {disputed.map((criterion, index) => (
                <li key={criterion.id} className="space-y-3" data-testid="agenda-item">
                  <h3 className="text-2xl font-bold sm:text-3xl">
                    {index + 1}. {criterion.name}
                  </h3>
                  <p className="text-xl sm:text-2xl">{criterion.spread}</p>
                  <Histogram criterion={criterion} size="room" />
                  <DiscussionTimer topic={criterion.name} />
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-xl sm:text-2xl">{t("room.allClose")}</p>
          )}
        </section>
        <section
          aria-labelledby="room-profile"
          className="rounded-card border-line bg-surface shadow-card space-y-4 border p-5 sm:p-8"
        >
          <h2 id="room-profile" className="text-3xl font-bold sm:text-4xl">
            {t("room.profile")}
          </h2>
          {drawsRadar(view.radar) ? (
            <>
              <div className="hidden sm:block">
                <RadarChart
                  radar={view.radar}
                  title={t("chartTitle")}
                  fileName={`${exportName(view.workshop.title, view.round.number)}-chart`}
                />
              </div>
              <div className="sm:hidden">
                <DotPlot radar={view.radar} />
              </div>
            </>
          ) : (
            <DotPlot radar={view.radar} />
          )}
        </section>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Link
          href={`/w/${workshopId}/results?round=${view.round.number}`}
          className={`${secondaryButtonClass} gap-2 [&>svg]:size-5`}
        >
          <ChartColumn aria-hidden="true" />
          {t("room.allResults")}
        </Link>
        {canStartRound ? (
          <StartRoundButton
            workshopId={workshopId}
            roundNumber={view.round.number}
            className={secondaryButtonClass}
          />
        ) : null}
      </div>
    </div>
  );
}

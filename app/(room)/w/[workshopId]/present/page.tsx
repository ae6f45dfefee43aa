import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LiveResults } from "@/components/results/live-results";
import { RoomView } from "@/components/results/room-view";
import { requestedTheme } from "@/components/theme/requested-theme";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { Card } from "@/components/ui/card";
import { secondaryButtonClass } from "@/components/ui/field";
import { QrCode } from "@/components/ui/qr-code";
import { FullScreenButton } from "@/components/workshop/full-screen-button";
import { JoinCode } from "@/components/workshop/join-code";
import { PresenterBoard } from "@/components/workshop/presenter-board";
import { authorizeOrNotFound, grantAlso, type Grant } from "@/lib/access/gate";
import { publicOrigin } from "@/lib/http/origin";
import { renderedResults, resultsForMember, resultsView } from "@/lib/results/access";
import { facilitatorState, readLiveState } from "@/lib/workshops/live-state";
import { getFacilitatorView } from "@/lib/workshops/data";
import { settleDeadlines } from "@/lib/workshops/deadlines";
import { withClientMessages } from "@/components/site/client-messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("facilitator.present");
  return { title: t("title"), robots: { index: false } };
}

/** The newest revealed round's results for the room, unless a round is open for voting. */
async function roomResults(grant: Grant, votingOpen: boolean) {
  const results = grantAlso(grant, "results.view");
  if (votingOpen || !results) return null;
  const access = await resultsForMember(results);
  const view = resultsView(access.source, {
    audience: access.audience,
    locale: await requestLocale(),
  });
  return view && { view, rendered: renderedResults(access.source) };
}

// The projector's page for a live room, facilitator only (it carries the invite link). While a
// round is open it shows how to join and the room filling up; once the round is revealed, the
// answer and the agenda for the discussion. No site header or footer: app/(room)/layout.tsx.
async function PresentPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  await settleDeadlines({ workshopId });
  const grant = await authorizeOrNotFound(workshopId, "facilitator-view.view");
  const [view, state, theme, t] = await Promise.all([
    getFacilitatorView(grant, await requestLocale()),
    readLiveState(grant.workshopId),
    requestedTheme(),
    getTranslations("facilitator"),
  ]);
  if (!state) notFound();
  const workshopOpen = view.workshop.status === "open";
  const results = await roomResults(grant, workshopOpen && view.currentRound.status === "open");
  const origin = await publicOrigin();
  const inviteLink = `${origin}/j/${view.inviteToken}`;

  return (
    <div className="space-y-6 xl:space-y-10">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <p className="text-accent text-lg font-semibold sm:text-2xl">{view.workshop.teamName}</p>
          <h1
            className={`font-bold text-balance ${results ? "text-2xl sm:text-4xl" : "text-title sm:text-display"}`}
          >
            {view.workshop.title}
          </h1>
        </div>
        <nav aria-label={t("present.title")} className="flex flex-wrap items-center gap-2">
          <Link
            href={`/w/${workshopId}/facilitate`}
            className={`${secondaryButtonClass} min-h-10 gap-1.5 px-3 text-sm [&>svg]:size-4`}
          >
            <ArrowLeft aria-hidden="true" />
            {t("present.backToConsole")}
          </Link>
          <FullScreenButton />
          <ThemeToggle initial={theme} />
        </nav>
      </header>
      {results ? (
        <>
          <LiveResults workshopId={workshopId} rendered={results.rendered} />
          <RoomView workshopId={workshopId} view={results.view} canStartRound={workshopOpen} />
        </>
      ) : (
        <PresenterBoard
          workshopId={workshopId}
          initial={facilitatorState(state)}
          joinPanel={
            !workshopOpen ? (
              <p className="text-2xl">{t("present.closed")}</p>
            ) : (
              <Card as="section" aria-labelledby="join-heading" className="space-y-5 sm:p-8">
                <h2 id="join-heading" className="text-title font-bold">
                  {t("present.joinHeading")}
                </h2>
                <p className="text-xl">{t("present.joinHint")}</p>
                <QrCode value={inviteLink} label={t("qrInvite")} size="large" />
                <p
                  className="text-ink font-mono text-xl font-semibold break-all sm:text-2xl"
                  data-testid="presenter-invite-link"
                >
                  {inviteLink}
                </p>
                {view.joinCode && <JoinCode code={view.joinCode} origin={origin} size="large" />}
              </Card>
            )
          }
        />
      )}
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  [
    "ballot.everyoneVoted",
    "errors.failure",
    "facilitator.fullScreen",
    "facilitator.presenter",
    "facilitator.reveal",
    "facilitator.startRound",
    "facilitator.timer",
    "results.criterion",
    "results.radar",
    "results.recommended",
    "results.recommendedOption",
    "results.table",
  ],
  PresentPage,
);

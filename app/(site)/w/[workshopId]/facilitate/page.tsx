import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QrCode } from "@/components/ui/qr-code";
import { FacilitatorConsole } from "@/components/workshop/facilitator-console";
import { JoinCode } from "@/components/workshop/join-code";
import { Card } from "@/components/ui/card";
import { DeadlineForm } from "@/components/workshop/deadline-form";
import { Deadline } from "@/components/workshop/deadline";
import { RerunWorkshop } from "@/components/workshop/rerun-workshop";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { authorizeOrNotFound, grantAlso } from "@/lib/access/gate";
import { publicOrigin } from "@/lib/http/origin";
import { isInSeries } from "@/lib/results/series";
import { getFacilitatorView } from "@/lib/workshops/data";
import { findWorkshopDeadline, settleDeadlines } from "@/lib/workshops/deadlines";
import { ownershipOf, type Ownership } from "@/lib/workshops/ownership";
import { withClientMessages } from "@/components/site/client-messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("facilitator.facilitate");
  return { title: t("title"), robots: { index: false } };
}

/** What the page says about which account keeps the workshop (lib/workshops/ownership.ts). */
const OWNERSHIP_WORDS = {
  "by-you": "ownership.byYou",
  "by-no-account": "ownership.byNoAccount",
} as const satisfies Record<Exclude<Ownership["kept"], "by-account">, string>;

async function FacilitatePage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  const t = await getTranslations("facilitator");
  await settleDeadlines({ workshopId });
  const grant = await authorizeOrNotFound(workshopId, "facilitator-view.view");
  const [view, ownership, deadline] = await Promise.all([
    getFacilitatorView(grant, await requestLocale()),
    ownershipOf(grant),
    findWorkshopDeadline(workshopId),
  ]);
  const origin = await publicOrigin();
  const inviteLink = `${origin}/j/${view.inviteToken}`;
  const hasResults = view.rounds.some((round) => round.revealedAt !== null);
  const seriesGrant = grantAlso(grant, "series.view");
  const inSeries = seriesGrant !== null && (await isInSeries(seriesGrant));
  const mayRerun = hasResults && grantAlso(grant, "workshop.rerun") !== null;

  return (
    <div className="space-y-8">
      <WorkshopHeading
        eyebrow={t(
          view.workshop.mode === "live" ? "facilitate.eyebrow.live" : "facilitate.eyebrow.async",
        )}
        title={view.workshop.title}
        teamName={view.workshop.teamName}
        description={view.workshop.description}
      />
      {deadline ? (
        <Deadline iso={deadline.deadline.toISOString()} action={deadline.action} />
      ) : null}
      {view.workshop.mode === "async" &&
      view.workshop.status === "open" &&
      view.currentRound.status === "open" ? (
        <Card>
          <DeadlineForm
            workshopId={workshopId}
            deadline={view.workshop.deadline?.toISOString() ?? null}
          />
        </Card>
      ) : null}
      <FacilitatorConsole
        workshopId={workshopId}
        workshopOpen={view.workshop.status === "open"}
        mode={view.workshop.mode}
        deadline={deadline?.deadline.toISOString() ?? null}
        inviteLink={inviteLink}
        qrCode={<QrCode value={inviteLink} label={t("qrInvite")} />}
        joinCode={view.joinCode && <JoinCode code={view.joinCode} origin={origin} />}
        round={view.currentRound}
        hasResults={hasResults}
        participants={view.participants}
        counts={view.counts}
        nudgeRecipients={view.nudgeRecipients}
        anonymous={view.workshop.anonymous}
        autoReveal={view.workshop.autoReveal}
        ownership={
          ownership.kept === "by-account"
            ? t("ownership.byAccount", { account: ownership.account })
            : t(OWNERSHIP_WORDS[ownership.kept])
        }
        keeps={grantAlso(grant, "workshop.delete") !== null}
      />
      {mayRerun ? (
        <Card as="section" aria-labelledby="rerun-heading">
          <h2 id="rerun-heading" className="mb-2 text-xl font-semibold">
            {t("facilitate.rerunHeading")}
          </h2>
          <RerunWorkshop workshopId={workshopId} mode={view.workshop.mode} inSeries={inSeries} />
        </Card>
      ) : inSeries ? (
        <p>
          <Link href={`/w/${workshopId}/series`} className="text-accent font-semibold underline">
            {t("seeEveryRun")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  [
    "ballot.deadline",
    "ballot.everyoneVoted",
    "errors.failure",
    "errors.field",
    "facilitator.autoReveal",
    "facilitator.autoRevealLabel",
    "facilitator.chooseDateTime",
    "facilitator.console",
    "facilitator.deadline",
    "facilitator.nudge",
    "facilitator.ownTimeZone",
    "facilitator.rerun",
    "facilitator.reveal",
    "facilitator.seeEveryRun",
    "facilitator.startRound",
    "join.roles",
  ],
  FacilitatePage,
);

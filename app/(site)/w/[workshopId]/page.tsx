import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Ballot } from "@/components/workshop/ballot";
import { BallotProgress } from "@/components/workshop/ballot-progress";
import { Deadline } from "@/components/workshop/deadline";
import { RevealHandover } from "@/components/workshop/reveal-handover";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { authorizeOrNotFound, grantAlso } from "@/lib/access/gate";
import { langAttribute } from "@/lib/frameworks";
import { getBallotView } from "@/lib/workshops/data";
import { findWorkshopDeadline, settleDeadlines } from "@/lib/workshops/deadlines";
import { withClientMessages } from "@/components/site/client-messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ballot.page");
  return { title: t("title"), robots: { index: false } };
}

// What a participant sees: their own ballot and how many have voted, nothing of anyone else's.
async function BallotPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  await settleDeadlines({ workshopId });
  // A member is let in: a participant gets their ballot, a facilitator (who is not also a
  // participant) their own page.
  const member = await authorizeOrNotFound(workshopId, "workshop.watch");
  const ballot = grantAlso(member, "ballot.view");
  if (!ballot) {
    if (grantAlso(member, "facilitator-view.view")) redirect(`/w/${workshopId}/facilitate`);
    notFound();
  }
  const locale = await requestLocale();
  const [view, deadline, t] = await Promise.all([
    getBallotView(ballot, locale),
    findWorkshopDeadline(workshopId),
    getTranslations("ballot.page"),
  ]);
  // The reveal takes everyone to the results; the ballot comes back with the next round.
  if (view.round.status === "revealed") redirect(`/w/${workshopId}/results`);
  const votes = Object.fromEntries(
    view.votes.map((vote) => [vote.criterionId, { score: vote.score, rationale: vote.rationale }]),
  );
  const lockedReason = t("votingEnded");

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <RevealHandover workshopId={workshopId}>
        <WorkshopHeading
          eyebrow={t("round", { number: view.round.number })}
          title={view.workshop.title}
          teamName={view.workshop.teamName}
          description={view.workshop.description}
        />
        {deadline ? (
          <Deadline iso={deadline.deadline.toISOString()} action={deadline.action} />
        ) : null}
        <BallotProgress
          workshopId={workshopId}
          rendered={{ workshopStatus: view.workshopStatus, round: view.round }}
          counts={view.counts}
          deadline={deadline?.deadline.toISOString() ?? null}
          autoReveal={view.autoReveal}
        />
        <Ballot
          key={view.round.id}
          workshopId={workshopId}
          roundId={view.round.id}
          roundNumber={view.round.number}
          initialStatus={view.status}
          criteria={view.criteria}
          criteriaLang={langAttribute(view.criteriaLanguage, locale)}
          initialVotes={votes}
          editable={view.editable}
          lockedReason={lockedReason}
        />
      </RevealHandover>
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  ["ballot", "errors.failure", "facilitator.handover", "results"],
  BallotPage,
);

import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Ballot } from "@/components/workshop/ballot";
import { BallotProgress } from "@/components/workshop/ballot-progress";
import { Deadline } from "@/components/workshop/deadline";
import { RevealHandover } from "@/components/workshop/reveal-handover";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { authorizeOrNotFound, grantAlso } from "@/lib/access/gate";
import { getBallotView } from "@/lib/workshops/data";
import { findWorkshopDeadline, settleDeadlines } from "@/lib/workshops/deadlines";

export const metadata: Metadata = { title: "Your ballot", robots: { index: false } };

// What a participant sees: their own ballot and how many have voted, nothing of anyone else's.
export default async function BallotPage({ params }: { params: Promise<{ workshopId: string }> }) {
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
  const [view, deadline] = await Promise.all([
    getBallotView(ballot),
    findWorkshopDeadline(workshopId),
  ]);
  // The reveal takes everyone to the results; the ballot comes back with the next round.
  if (view.round.status === "revealed") redirect(`/w/${workshopId}/results`);
  const votes = Object.fromEntries(
    view.votes.map((vote) => [vote.criterionId, { score: vote.score, rationale: vote.rationale }]),
  );
  const lockedReason = "Voting has ended, so your ballot can no longer change.";

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <RevealHandover workshopId={workshopId}>
        <WorkshopHeading
          eyebrow={`Round ${view.round.number}`}
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
          initialVotes={votes}
          editable={view.editable}
          lockedReason={lockedReason}
        />
      </RevealHandover>
    </div>
  );
}

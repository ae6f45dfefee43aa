import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QrCode } from "@/components/ui/qr-code";
import { JoinCode } from "@/components/workshop/join-code";
import { PresenterBoard } from "@/components/workshop/presenter-board";
import { authorizeOrNotFound } from "@/lib/access/gate";
import { publicOrigin } from "@/lib/http/origin";
import { facilitatorState, readLiveState } from "@/lib/workshops/live-state";
import { getFacilitatorView } from "@/lib/workshops/data";
import { settleDeadlines } from "@/lib/workshops/deadlines";

export const metadata: Metadata = { title: "Presenter view", robots: { index: false } };

// The projector's page for a live room: facilitator only, since it carries the invite link.
export default async function PresentPage({ params }: { params: Promise<{ workshopId: string }> }) {
  const { workshopId } = await params;
  await settleDeadlines({ workshopId });
  const grant = await authorizeOrNotFound(workshopId, "facilitator-view.view");
  const [view, state] = await Promise.all([
    getFacilitatorView(grant),
    readLiveState(grant.workshopId),
  ]);
  if (!state) notFound();
  const origin = await publicOrigin();
  const inviteLink = `${origin}/j/${view.inviteToken}`;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-accent text-lg font-semibold">{view.workshop.teamName}</p>
        <h1 className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">
          {view.workshop.title}
        </h1>
      </header>
      <PresenterBoard
        workshopId={workshopId}
        initial={facilitatorState(state)}
        joinPanel={
          view.workshop.status === "closed" ? (
            <p className="text-xl">This workshop is closed: nobody can join any more.</p>
          ) : (
            <section aria-labelledby="join-heading" className="space-y-4">
              <h2 id="join-heading" className="text-2xl font-bold">
                Join on your phone
              </h2>
              <QrCode value={inviteLink} label="QR code that opens the invite link" size="large" />
              <p
                className="text-ink font-mono text-lg break-all"
                data-testid="presenter-invite-link"
              >
                {inviteLink}
              </p>
              {view.joinCode && <JoinCode code={view.joinCode} origin={origin} size="large" />}
            </section>
          )
        }
      />
    </div>
  );
}

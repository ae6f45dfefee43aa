import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
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
    <div className="space-y-8 lg:space-y-12">
      <header className="space-y-2">
        <p className="text-accent text-xl font-semibold sm:text-2xl">{view.workshop.teamName}</p>
        <h1 className="text-title sm:text-display font-bold text-balance">{view.workshop.title}</h1>
      </header>
      <PresenterBoard
        workshopId={workshopId}
        initial={facilitatorState(state)}
        joinPanel={
          view.workshop.status === "closed" ? (
            <p className="text-2xl">This workshop is closed: nobody can join any more.</p>
          ) : (
            <Card as="section" aria-labelledby="join-heading" className="space-y-5 sm:p-8">
              <h2 id="join-heading" className="text-title font-bold">
                Join on your phone
              </h2>
              <p className="text-xl">Point your camera at the code, or type the address.</p>
              <QrCode value={inviteLink} label="QR code that opens the invite link" size="large" />
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
    </div>
  );
}

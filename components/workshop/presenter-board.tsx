"use client";

import { Check } from "lucide-react";
import { Stat } from "@/components/ui/stat";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ConnectionNotice } from "@/components/realtime/connection-notice";
import { useLiveWorkshop } from "@/components/realtime/live-workshop";
import { primaryButtonClass } from "@/components/ui/field";
import type { FacilitatorLiveState } from "@/lib/workshops/live-state";
import { EveryoneVoted } from "./everyone-voted";
import { RevealButton } from "./reveal-button";

/**
 * What the projector shows while the room votes: how to join, and joins and votes ticking up as
 * they happen (with names in named workshops, never anyone's answers). The reveal switches the
 * page to the room's results (app/(room)/w/[workshopId]/present/page.tsx).
 */
export function PresenterBoard({
  workshopId,
  joinPanel,
  initial,
}: {
  workshopId: string;
  joinPanel: ReactNode;
  initial: FacilitatorLiveState;
}) {
  const t = useTranslations("facilitator.presenter");
  const router = useRouter();
  const { state, connection } = useLiveWorkshop(
    workshopId,
    { workshopStatus: initial.workshopStatus, round: initial.round },
    initial,
  );
  const { joined, voted } = state.counts;
  const open = state.workshopStatus === "open" && state.round.status === "open";

  return (
    <div className="space-y-8">
      <ConnectionNotice connection={connection} />
      <div className="grid grid-cols-1 items-start gap-8 lg:grid-cols-2">
        {joinPanel}
        <section aria-labelledby="room-heading" className="space-y-6">
          <h2 id="room-heading" className="text-title font-bold sm:text-5xl">
            {t("round", { number: state.round.number })}
          </h2>
          <dl className="grid grid-cols-2 gap-4" aria-live="polite">
            <Stat label={t("joined")} value={joined} size="room" testId="joined-count" />
            <Stat label={t("voted")} value={voted} size="room" testId="voted-count" />
          </dl>
          {open ? <EveryoneVoted joined={joined} voted={voted} size="room" /> : null}
          {state.anonymous ? (
            <p className="text-xl">{t("anonymous")}</p>
          ) : (
            <ul className="flex flex-wrap gap-2" aria-label={t("people")}>
              {state.participants.map((participant) => (
                <li
                  key={participant.handle}
                  className={`rounded-full px-5 py-2 text-xl font-semibold ring-1 sm:text-2xl ${
                    participant.status === "voted"
                      ? "bg-success-soft text-success ring-success-line"
                      : "bg-surface text-ink ring-line-strong"
                  }`}
                >
                  {participant.displayName}
                  {participant.status === "voted" ? (
                    <span>
                      {" "}
                      <Check aria-hidden="true" className="inline size-6 align-[-0.15em]" />
                      <span className="sr-only">{t("hasVoted")}</span>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {open ? (
            <div className="flex flex-wrap gap-3">
              <RevealButton
                workshopId={workshopId}
                roundNumber={state.round.number}
                counts={state.counts}
                className={`${primaryButtonClass} px-8 py-4 text-2xl`}
                // The page is read again and shows the results to the room.
                onRevealed={() => router.refresh()}
              />
            </div>
          ) : null}
        </section>
      </div>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { ConnectionNotice } from "@/components/realtime/connection-notice";
import { useLiveWorkshop, type RenderedWorkshop } from "@/components/realtime/live-workshop";
import type { ParticipantLiveState } from "@/lib/workshops/live-state";
import { useRevealHandover } from "./reveal-handover";

/**
 * The room's progress above a participant's ballot, live: how many have finished, never who or
 * what. The reveal hands the phone over to the results (./reveal-handover.tsx); the next round,
 * closing and a moved deadline re-read the page.
 */
export function BallotProgress({
  workshopId,
  rendered,
  counts,
  deadline,
  autoReveal,
}: {
  workshopId: string;
  rendered: RenderedWorkshop;
  counts: { joined: number; voted: number };
  /** The deadline the page shows (ISO, or null): a moved one re-reads the page. */
  deadline: string | null;
  /** Whether the round is revealed as soon as everyone has voted; the live state keeps it current. */
  autoReveal: boolean;
}) {
  const t = useTranslations("ballot.crowd");
  const initial: ParticipantLiveState = {
    ...rendered,
    counts,
    deadline,
    autoReveal,
    resultsVersion: "",
  };
  const onReveal = useRevealHandover();
  const { state, connection } = useLiveWorkshop(workshopId, rendered, initial, {
    spread: true,
    ...(onReveal && { onReveal }),
  });
  const { joined, voted } = state.counts;
  const automatic = state.autoReveal ?? autoReveal;
  return (
    <>
      <ConnectionNotice connection={connection} />
      <div className="text-muted space-y-1" aria-live="polite">
        <p>{t("finished", { voted, joined, reveal: automatic ? "auto" : "facilitator" })}</p>
        {automatic ? (
          <p data-testid="auto-reveal-note" className="text-ink font-medium">
            {t("autoReveal")}
          </p>
        ) : null}
      </div>
    </>
  );
}

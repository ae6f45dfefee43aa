"use client";

import { ConnectionNotice } from "@/components/realtime/connection-notice";
import { useLiveWorkshop, type RenderedWorkshop } from "@/components/realtime/live-workshop";
import type { ParticipantLiveState } from "@/lib/workshops/live-state";

/**
 * The room's progress above a participant's ballot, live: how many have finished, never who or
 * what. The reveal, the next round, closing and a moved deadline re-read the page.
 */
export function BallotProgress({
  workshopId,
  rendered,
  counts,
  deadline,
}: {
  workshopId: string;
  rendered: RenderedWorkshop;
  counts: { joined: number; voted: number };
  /** The deadline the page shows (ISO, or null): a moved one re-reads the page. */
  deadline: string | null;
}) {
  const initial: ParticipantLiveState = {
    ...rendered,
    counts,
    deadline,
    resultsVersion: "",
  };
  const { state, connection } = useLiveWorkshop(workshopId, rendered, initial, { spread: true });
  const { joined, voted } = state.counts;
  return (
    <>
      <ConnectionNotice connection={connection} />
      <p className="text-muted" aria-live="polite">
        {voted} of {joined} {joined === 1 ? "person has" : "people have"} finished voting. Your
        answers stay private until the facilitator reveals them all at once.
      </p>
    </>
  );
}

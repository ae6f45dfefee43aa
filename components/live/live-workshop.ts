"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { FacilitatorLiveState, ParticipantLiveState } from "@/lib/live/state";
import { useLiveUpdates, type Connection } from "./use-live-updates";

/** What a page rendered, so that a live state that differs in these re-reads the page. */
export interface RenderedWorkshop {
  workshopStatus: "open" | "closed";
  round: { number: number; status: "open" | "revealed" | "closed" };
  resultsVersion?: string;
}

function changed(rendered: RenderedWorkshop, state: ParticipantLiveState): boolean {
  return (
    state.workshopStatus !== rendered.workshopStatus ||
    state.round.number !== rendered.round.number ||
    state.round.status !== rendered.round.status ||
    (rendered.resultsVersion !== undefined && state.resultsVersion !== rendered.resultsVersion)
  );
}

/**
 * A workshop page's live state: counts (and, for the facilitator, each person's progress) are
 * updated in place; a reveal, a new round, closing or new weights re-read the page from the
 * server, which decides what it shows next.
 */
export function useLiveWorkshop<State extends ParticipantLiveState | FacilitatorLiveState>(
  workshopId: string,
  rendered: RenderedWorkshop,
  initial: State,
): { state: State; connection: Connection } {
  const router = useRouter();
  const [state, setState] = useState(initial);
  const onState = useCallback(
    (next: State) => {
      setState(next);
      if (changed(rendered, next)) router.refresh();
    },
    // The rendered values are what matter, not the object's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      router,
      rendered.workshopStatus,
      rendered.round.number,
      rendered.round.status,
      rendered.resultsVersion,
    ],
  );
  const connection = useLiveUpdates(`/api/workshops/${workshopId}/events`, onState);
  return { state, connection };
}

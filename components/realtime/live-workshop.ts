"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { FacilitatorLiveState, ParticipantLiveState } from "@/lib/workshops/live-state";
import { useLiveUpdates, type Connection } from "./use-live-updates";

/** What a page rendered, so that a live state that differs in these re-reads the page. */
export interface RenderedWorkshop {
  workshopStatus: "open" | "closed";
  round: { number: number; status: "open" | "revealed" | "closed" };
  resultsVersion?: string;
}

const SPREAD_MS = 1_500;

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
 * updated in place; a reveal, a new round, closing, new weights or a moved deadline re-read the
 * page from the server, which decides what it shows next.
 */
export function useLiveWorkshop<State extends ParticipantLiveState | FacilitatorLiveState>(
  workshopId: string,
  rendered: RenderedWorkshop,
  initial: State,
  options: { spread?: boolean; credentials?: number } = {},
): { state: State; connection: Connection } {
  const spread = options.spread ?? false;
  const router = useRouter();
  const [state, setState] = useState(initial);
  // When the page is re-read (a refresh, or polling where streams fail), its new data wins.
  const initialKey = JSON.stringify(initial);
  const [seenKey, setSeenKey] = useState(initialKey);
  if (initialKey !== seenKey) {
    setSeenKey(initialKey);
    setState(initial);
  }
  // The page showed the deadline it was rendered with; a moved one re-reads it.
  const renderedDeadline = initial.deadline;
  const onState = useCallback(
    (next: State) => {
      setState(next);
      const moved = renderedDeadline !== undefined && next.deadline !== renderedDeadline;
      if (!changed(rendered, next) && !moved) return;
      // A reveal re-reads every phone's page at once; spreading them over a moment keeps a
      // room of hundreds from arriving at the server in the same instant.
      if (spread) setTimeout(() => router.refresh(), Math.random() * SPREAD_MS);
      else router.refresh();
    },
    // The rendered values are what matter, not the object's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [
      router,
      rendered.workshopStatus,
      rendered.round.number,
      rendered.round.status,
      rendered.resultsVersion,
      renderedDeadline,
      spread,
    ],
  );
  const connection = useLiveUpdates(
    `/api/workshops/${workshopId}/events`,
    onState,
    options.credentials,
  );
  return { state, connection };
}

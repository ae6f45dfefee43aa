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

/** The longest a phone waits before it follows a change: for a room of 300 and more. */
const SPREAD_MS = 1_500;
/** How much of that wait each person in the room adds: a room of 20 waits at most 100 ms. */
const SPREAD_PER_PERSON_MS = 5;

/**
 * A random wait within a spread that grows with the room (`perPerson` for each of `joined`, at
 * most `most`), each phone drawing its own; `after` leaves that first share of it out.
 */
export function spreadWait(joined: number, most: number, perPerson: number, after = 0): number {
  return Math.min(most, joined * perPerson) * (after + (1 - after) * Math.random());
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
 * updated in place; a reveal, a new round, closing, new weights or a moved deadline re-read the
 * page from the server, which decides what it shows next. A page that knows what to do on a
 * reveal (`onReveal`) does it instead, rather than re-reading itself only to be sent on: in a
 * room of hundreds, that is a request per phone saved at the busiest moment.
 */
export function useLiveWorkshop<State extends ParticipantLiveState | FacilitatorLiveState>(
  workshopId: string,
  rendered: RenderedWorkshop,
  initial: State,
  options: {
    spread?: boolean;
    credentials?: number;
    /** Called when the round shown is revealed, with the new state, instead of a re-read. */
    onReveal?: (state: State) => void;
  } = {},
): { state: State; connection: Connection } {
  const spread = options.spread ?? false;
  const onReveal = options.onReveal;
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
      const revealed = next.round.status === "revealed" && rendered.round.status !== "revealed";
      // The page's own reveal spreads its requests as it sees fit.
      if (revealed && onReveal !== undefined) return onReveal(next);
      const follow = () => router.refresh();
      // A change moves every phone at once; spreading them over a moment that grows with the
      // room keeps hundreds from arriving in the same instant, and a small room from waiting.
      if (!spread) return follow();
      setTimeout(follow, spreadWait(next.counts.joined, SPREAD_MS, SPREAD_PER_PERSON_MS));
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
      onReveal,
    ],
  );
  const connection = useLiveUpdates(
    `/api/workshops/${workshopId}/events`,
    onState,
    options.credentials,
  );
  return { state, connection };
}

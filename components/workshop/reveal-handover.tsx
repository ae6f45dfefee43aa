"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { spreadWait } from "@/components/realtime/live-workshop";
import { RecommendationCard, ResultsHeading } from "@/components/results/results-opening";
import { primaryButtonClass } from "@/components/ui/field";
import type { ResultsOpening } from "@/lib/results/view-model";
import type { ParticipantLiveState } from "@/lib/workshops/live-state";

// The moment of the reveal on a participant's phone. The ballot gives way at once to how the
// results open (the recommendation, why, how sure, what to discuss first), which the reveal
// event itself carries (lib/results/live.ts); the full results page follows a moment later,
// spread over a few seconds in a big room so that hundreds of phones do not ask the server for
// the whole page in the same instant. Anyone can go there at once by the link. Where the event
// came without it (a page polling instead of streaming), the phone asks for the opening first.

/**
 * The longest a phone waits before it asks for the opening, where the event did not carry it,
 * and how much of that each person in the room adds: a room of 300 spreads over 0.6 s, a room of
 * 20 over 40 ms. The opening costs the server little, so a short spread is enough.
 */
const OPENING_SPREAD_MS = 600;
const OPENING_SPREAD_PER_PERSON_MS = 2;
/**
 * Likewise for the full page, which costs far more: 12 s for 300 and more, 0.8 s for 20. Its
 * first sixth is left to the openings, so that no phone's full page delays another's opening.
 */
const FOLLOW_SPREAD_MS = 12_000;
const FOLLOW_SPREAD_PER_PERSON_MS = 40;
const FOLLOW_AFTER = 1 / 6;

type Revealed = (state: ParticipantLiveState) => void;

const Handover = createContext<Revealed | undefined>(undefined);

/** What the ballot's live watcher calls when the round is revealed; undefined outside. */
export function useRevealHandover(): Revealed | undefined {
  return useContext(Handover);
}

export function RevealHandover({
  workshopId,
  children,
}: {
  workshopId: string;
  /** The ballot page as long as the round is open. */
  children: ReactNode;
}) {
  const router = useRouter();
  const [opening, setOpening] = useState<ResultsOpening | null>(null);
  const resultsHref = `/w/${workshopId}/results`;
  const revealed = useCallback(
    (state: ParticipantLiveState) => {
      const joined = state.counts.joined;
      const follow = () => router.replace(resultsHref);
      const show = (next: ResultsOpening) => {
        setOpening(next);
        const wait = spreadWait(
          joined,
          FOLLOW_SPREAD_MS,
          FOLLOW_SPREAD_PER_PERSON_MS,
          FOLLOW_AFTER,
        );
        setTimeout(follow, wait);
      };
      if (state.opening) return show(state.opening);
      const ask = () =>
        fetch(`/api/workshops/${workshopId}/results`, { headers: { Accept: "application/json" } })
          .then(async (response) => {
            if (!response.ok) throw new Error(`The results answered ${response.status}`);
            show((await response.json()) as ResultsOpening);
          })
          // The page itself knows best what to show when the opening is not to be had.
          .catch(follow);
      setTimeout(ask, spreadWait(joined, OPENING_SPREAD_MS, OPENING_SPREAD_PER_PERSON_MS));
    },
    [router, resultsHref, workshopId],
  );
  if (opening) return <RevealedOpening opening={opening} resultsHref={resultsHref} />;
  return <Handover.Provider value={revealed}>{children}</Handover.Provider>;
}

function RevealedOpening({
  opening,
  resultsHref,
}: {
  opening: ResultsOpening;
  resultsHref: string;
}) {
  const t = useTranslations("facilitator.handover");
  const top = useRef<HTMLDivElement>(null);
  // The ballot the person was looking at is gone: their place moves to the results.
  useEffect(() => {
    // As a new page would: from the top, where the results begin.
    window.scrollTo({ top: 0 });
    top.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={top} tabIndex={-1} className="space-y-6" data-testid="revealed-opening">
      <p className="sr-only" role="status">
        {t("revealed")}
      </p>
      <ResultsHeading opening={opening} />
      <RecommendationCard opening={opening} />
      <p>
        <Link href={resultsHref} replace className={primaryButtonClass}>
          {t("seeAll")}
        </Link>
      </p>
    </div>
  );
}

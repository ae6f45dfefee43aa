import "server-only";
import { grantAlso, type Grant } from "@/lib/access/gate";
import type { Locale } from "@/lib/i18n/locales";
import { findSharedResults, type SharedResults } from "@/lib/workshops/share-links";
import { resultsVersionOf } from "@/lib/workshops/live-state";
import { cachedView } from "./cache";
import { loadResults } from "./data";
import type { ContractVersion } from "@/lib/scoring";
import type { ResultsSource } from "./source";
import {
  buildResultsView,
  openingOf,
  type Audience,
  type ResultsOpening,
  type ResultsView,
  type ShareShows,
} from "./view-model";

// Who gets which results: members of the workshop (participants and the facilitator) see every
// revealed round; a share link's viewer sees the newest revealed round (live) or the one round
// it froze (snapshot), with the snapshot's weights. Anyone else gets not-found, the same answer
// as for a workshop that does not exist.

export interface ResultsAccess {
  source: ResultsSource;
  audience: Audience;
  /** A snapshot's frozen weights; undefined means the workshop's current ones. */
  weights?: Record<string, number> | null;
  /** A snapshot's scoring contract; undefined means the current one. */
  contract?: ContractVersion;
  /** What a share link shows; undefined for members. */
  shows?: ShareShows;
}

export async function resultsForMember(
  grant: Grant<"results.view" | "results.export">,
): Promise<ResultsAccess> {
  return {
    source: await loadResults(grant.workshopId),
    audience: grantAlso(grant, "facilitator-view.view") ? "facilitator" : "member",
  };
}

/** null for unknown, revoked and expired links alike. */
export async function resultsForShareLink(
  token: string,
): Promise<(ResultsAccess & { link: SharedResults }) | null> {
  const link = await findSharedResults(token);
  if (!link) return null;
  const source = await loadResults(
    link.workshopId,
    link.snapshot ? { roundId: link.snapshot.roundId } : {},
  );
  return {
    source,
    audience: "share",
    link,
    shows: link.shows,
    ...(link.snapshot && { weights: link.snapshot.weights, contract: link.snapshot.contract }),
  };
}

/**
 * What a results page was rendered from, for its live watcher: a new round, a reveal, closing
 * or new weights make it differ, and the page is read again.
 */
export function renderedResults(source: ResultsSource) {
  return {
    workshopStatus: source.workshop.status,
    round: source.latestRound,
    resultsVersion: resultsVersionOf(
      source.rounds.map((round) => round.number),
      source.weights,
    ),
  };
}

/**
 * The view of `source` for one audience, built once per source and the options that shape it,
 * and shared by every request that asks the same: a room of hundreds at the reveal computes it
 * once. Each audience, each language and each share link's choice of what it shows has an entry
 * of its own.
 */
export function resultsView(
  source: ResultsSource,
  options: Parameters<typeof buildResultsView>[1],
): ResultsView | null {
  const { audience, locale, roundNumber, weights, contract, shows } = options;
  const key = JSON.stringify([audience, locale, roundNumber, weights, contract, shows]);
  return cachedView(source, key, () => buildResultsView(source, options));
}

/**
 * How the newest revealed round's results open, for a member; null before the first reveal.
 * What a phone shows the moment the votes are revealed: every phone of a room gets it from the
 * same cached view, at the cost of a look at the stamp.
 */
export async function openingForMember(
  grant: Grant<"results.view">,
  locale: Locale,
): Promise<ResultsOpening | null> {
  const { source, audience } = await resultsForMember(grant);
  const view = resultsView(source, { audience, locale });
  return view && openingOf(view);
}

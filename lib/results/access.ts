import "server-only";
import { grantAlso, type Grant } from "@/lib/access/gate";
import { findSharedResults, type SharedResults } from "@/lib/workshops/share-links";
import { resultsVersionOf } from "@/lib/workshops/live-state";
import { loadResults } from "./data";
import type { ContractVersion } from "@/lib/scoring";
import type { ResultsSource } from "./source";
import type { Audience, ShareShows } from "./view-model";

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

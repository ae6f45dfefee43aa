import { enforceByClient, LINK_LOOKUPS_PER_ADDRESS } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/route";
import { liveResponse } from "@/lib/realtime/stream";
import { WorkshopError } from "@/lib/workshops/errors";
import { findSharedResults } from "@/lib/workshops/share-links";

/**
 * Tells a live share link's page when the results changed (a reveal, new weights). Frozen
 * links never change, so they have no stream; revoked and expired ones are unknown.
 */
export const GET = route<{ token: string }>(async (request, { token }) => {
  await enforceByClient(LINK_LOOKUPS_PER_ADDRESS, request.headers);
  const link = await findSharedResults(token);
  if (!link || link.snapshot) throw new WorkshopError("not-found");
  // Revoking publishes a change, so a revoked link's stream ends with the next read; an expired
  // one ends at the first change after it expired.
  return liveResponse(
    request,
    link.workshopId,
    "share",
    async () => (await findSharedResults(token))?.shareLinkId === link.shareLinkId,
  );
});

import { route } from "@/lib/http/route";
import { liveResponse } from "@/lib/live/stream";
import { WorkshopError } from "@/lib/workshops/errors";
import { findSharedResults } from "@/lib/workshops/share-links";

/**
 * Tells a live share link's page when the results changed (a reveal, new weights). Frozen
 * links never change, so they have no stream; revoked and expired ones are unknown.
 */
export const GET = route<{ token: string }>(async (request, { token }) => {
  const link = await findSharedResults(token);
  if (!link || link.snapshot) throw new WorkshopError("not-found");
  return liveResponse(request, link.workshopId, "share");
});

import { requireLink } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/request-locale";
import { STREAMS_PER_SHARE_LINK } from "@/lib/realtime/hub";
import { liveResponse } from "@/lib/realtime/stream";
import { liveViewFor } from "@/lib/results/live";
import { findSharedResults } from "@/lib/workshops/share-links";

/**
 * Tells a live share link's page when the results changed (a reveal, new weights). Frozen
 * links never change, so they have no stream; revoked and expired ones are unknown.
 */
export const GET = route<{ token: string }>(async (request, { token }) => {
  const link = await requireLink(
    request.headers,
    async () => {
      const found = await findSharedResults(token);
      return found && !found.snapshot ? found : null;
    },
    (found) => `share:${found.shareLinkId}`,
  );
  // Revoking publishes a change, so a revoked link's stream ends with the next read; an expired
  // one ends at the first change after it expired.
  return liveResponse(
    request,
    {
      workshopId: link.workshopId,
      ...liveViewFor("share", await requestLocale()),
      allowed: async () => (await findSharedResults(token))?.shareLinkId === link.shareLinkId,
    },
    { key: `share:${link.shareLinkId}`, limit: STREAMS_PER_SHARE_LINK },
  );
});

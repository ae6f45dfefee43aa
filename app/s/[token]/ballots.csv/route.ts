import { requireLink } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/request-locale";
import { resultsForShareLink } from "@/lib/results/access";
import { csvResponse } from "@/lib/results/csv-response";

/** The ballots of the round a share link shows, anonymised as the workshop is. */
export const GET = route<{ token: string }>(async (request, { token }) => {
  const access = await requireLink(
    request.headers,
    () => resultsForShareLink(token),
    (found) => `share:${found.link.shareLinkId}`,
  );
  return csvResponse(access, await requestLocale());
});

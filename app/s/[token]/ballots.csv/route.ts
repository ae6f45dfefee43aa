import { enforceByClient, LINK_LOOKUPS_PER_ADDRESS } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/route";
import { resultsForShareLink } from "@/lib/results/access";
import { csvResponse } from "@/lib/results/csv-response";
import { WorkshopError } from "@/lib/workshops/errors";

/** The ballots of the round a share link shows, anonymised as the workshop is. */
export const GET = route<{ token: string }>(async (request, { token }) => {
  await enforceByClient(LINK_LOOKUPS_PER_ADDRESS, request.headers);
  const access = await resultsForShareLink(token);
  if (!access) throw new WorkshopError("not-found");
  return csvResponse(access);
});

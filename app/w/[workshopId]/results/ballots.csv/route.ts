import { authorize } from "@/lib/access/gate";
import { route } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/request-locale";
import { resultsForMember } from "@/lib/results/access";
import { csvResponse, roundParam } from "@/lib/results/csv-response";

/** The ballots of a revealed round as CSV, for the workshop's participants and facilitator. */
export const GET = route<{ workshopId: string }>(async (request, { workshopId }) =>
  csvResponse(
    await resultsForMember(await authorize(workshopId, "results.export", { hide: true })),
    await requestLocale(),
    roundParam(new URL(request.url).searchParams.get("round")),
  ),
);

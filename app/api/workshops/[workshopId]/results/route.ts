import { authorize } from "@/lib/access/gate";
import { AppError } from "@/lib/errors";
import { json, route } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/request-locale";
import { openingForMember } from "@/lib/results/access";

/**
 * How the newest revealed round's results open (heading and recommendation), for the workshop's
 * members: what a phone shows at once when the votes are revealed, while the full page follows.
 * Before the first reveal there is nothing to show: round-not-revealed.
 */
export const GET = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const opening = await openingForMember(
    await authorize(workshopId, "results.view", { hide: true }),
    await requestLocale(),
  );
  if (!opening) throw new AppError("round-not-revealed");
  return json(opening);
});

import { json, route } from "@/lib/http/route";
import { openNextRound } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

/** Opens the next round; each ballot starts from its owner's answers in the previous one. */
export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  return json(await openNextRound(await authorize(workshopId, "round.open")), { status: 201 });
});

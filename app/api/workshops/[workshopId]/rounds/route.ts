import { currentActor } from "@/lib/access/actor";
import { json, route } from "@/lib/http/route";
import { openNextRound } from "@/lib/workshops/mutations";
import { requireFacilitator } from "@/lib/access/permissions";

/** Opens the next round; each ballot starts from its owner's answers in the previous one. */
export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const by = requireFacilitator(await currentActor(workshopId), workshopId);
  return json(await openNextRound(workshopId, by), { status: 201 });
});

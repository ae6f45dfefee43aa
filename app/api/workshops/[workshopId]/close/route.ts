import { currentActor } from "@/lib/access/actor";
import { json, route } from "@/lib/http/route";
import { closeWorkshop } from "@/lib/workshops/mutations";
import { requireFacilitator } from "@/lib/access/permissions";

export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const by = requireFacilitator(await currentActor(workshopId), workshopId);
  await closeWorkshop(workshopId, by);
  return json({ closed: true });
});

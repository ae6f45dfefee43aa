import { currentActor } from "@/lib/access/actor";
import { forgetWorkshop } from "@/lib/auth/cookies";
import { json, route } from "@/lib/http/route";
import { deleteWorkshop } from "@/lib/workshops/mutations";
import { requireFacilitator } from "@/lib/access/permissions";

/** Deletes the workshop and everything in it. */
export const DELETE = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const by = requireFacilitator(await currentActor(workshopId), workshopId);
  await deleteWorkshop(workshopId, by);
  await forgetWorkshop(workshopId);
  return json({ deleted: true });
});

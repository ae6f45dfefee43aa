import { forgetWorkshop } from "@/lib/auth/cookies";
import { json, route } from "@/lib/http/route";
import { deleteWorkshop } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

/** Deletes the workshop and everything in it. */
export const DELETE = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const grant = await authorize(workshopId, "workshop.delete");
  await deleteWorkshop(grant);
  await forgetWorkshop(grant.workshopId);
  return json({ deleted: true });
});

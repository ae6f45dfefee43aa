import { forgetWorkshop } from "@/lib/auth/cookies";
import { json, route } from "@/lib/http/route";
import { deleteWorkshop } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

/** Deletes the workshop and everything in it. */
export const DELETE = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const { by } = await authorize(workshopId, "workshop.delete");
  await deleteWorkshop(workshopId, by);
  await forgetWorkshop(workshopId);
  return json({ deleted: true });
});

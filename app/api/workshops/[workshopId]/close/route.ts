import { json, route } from "@/lib/http/route";
import { closeWorkshop } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const { by } = await authorize(workshopId, "workshop.close");
  await closeWorkshop(workshopId, by);
  return json({ closed: true });
});

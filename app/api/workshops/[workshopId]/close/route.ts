import { json, route } from "@/lib/http/route";
import { closeWorkshop } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  await closeWorkshop(await authorize(workshopId, "workshop.close"));
  return json({ closed: true });
});

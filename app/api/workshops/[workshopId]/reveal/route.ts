import { json, route } from "@/lib/http/route";
import { revealRound } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const { by } = await authorize(workshopId, "round.reveal");
  return json(await revealRound(workshopId, by));
});

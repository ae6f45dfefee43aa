import { json, route } from "@/lib/http/route";
import { revealRound } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  return json(await revealRound(await authorize(workshopId, "round.reveal")));
});

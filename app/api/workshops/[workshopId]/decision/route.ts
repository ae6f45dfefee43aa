import { authorize } from "@/lib/access/gate";
import { recordDecision } from "@/lib/decisions/record";
import { recordDecisionSchema } from "@/lib/decisions/schema";
import { json, readJson, route } from "@/lib/http/route";

/** Records a new version of the team's decision on the newest revealed round. */
export const PUT = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const grant = await authorize(workshopId, "decision.record");
  const { version } = await recordDecision(grant, await readJson(request, recordDecisionSchema));
  return json({ version });
});

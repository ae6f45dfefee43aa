import { after } from "next/server";
import { authorize } from "@/lib/access/gate";
import { recordDecision } from "@/lib/decisions/record";
import { recordDecisionSchema } from "@/lib/decisions/schema";
import { json, readJson, route } from "@/lib/http/route";
import { sendDueMails } from "@/lib/mail/outbox";

/**
 * Records a new version of the team's decision on the newest revealed round. Anyone asked to
 * sign off is asked again, right after the answer, through the outbox.
 */
export const PUT = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const grant = await authorize(workshopId, "decision.record");
  const { version } = await recordDecision(grant, await readJson(request, recordDecisionSchema));
  after(() =>
    sendDueMails().catch((error: unknown) => console.error("Sending decision mail failed", error)),
  );
  return json({ version });
});

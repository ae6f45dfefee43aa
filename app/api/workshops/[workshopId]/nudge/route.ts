import { after } from "next/server";
import { json, route } from "@/lib/http/route";
import { sendDueMails } from "@/lib/mail/outbox";
import { authorize } from "@/lib/access/gate";
import { nudgeParticipants } from "@/lib/workshops/nudge";

/**
 * E-mails those who have not voted in the open round, at most once an hour. The mails go out
 * right after the answer, through the outbox; the sweep sends any this run does not reach.
 */
export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const grant = await authorize(workshopId, "participants.nudge");
  const { recipients, nextNudgeAt } = await nudgeParticipants(grant);
  if (recipients > 0) {
    after(() =>
      sendDueMails().catch((error: unknown) => console.error("Sending a nudge failed", error)),
    );
  }
  return json({ recipients, nextNudgeAt: nextNudgeAt.toISOString() });
});

import { after } from "next/server";
import { authorize } from "@/lib/access/gate";
import { requestSignOffsSchema } from "@/lib/decisions/schema";
import { requestSignOffs } from "@/lib/decisions/sign-offs";
import { json, readJson, route } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/request-locale";
import { sendDueMails } from "@/lib/mail/outbox";

/**
 * Asks people to sign off the decision in force. Their personal links go out right after the
 * answer, through the outbox; the sweep sends any this run does not reach.
 */
export const POST = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const grant = await authorize(workshopId, "sign-offs.request");
  const input = await readJson(request, requestSignOffsSchema);
  const { added } = await requestSignOffs(grant, input, await requestLocale());
  if (added > 0) {
    after(() =>
      sendDueMails().catch((error: unknown) =>
        console.error("Sending sign-off requests failed", error),
      ),
    );
  }
  return json({ added }, { status: 201 });
});

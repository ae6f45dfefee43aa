import { after } from "next/server";
import { answerSignOffSchema } from "@/lib/decisions/schema";
import { answerSignOff, findSignatory } from "@/lib/decisions/sign-offs";
import { requireLink } from "@/lib/http/rate-limit";
import { json, readJson, route } from "@/lib/http/route";
import { sendDueMails } from "@/lib/mail/outbox";

/**
 * A signatory's answer, through their personal link: the link is the credential, counted like
 * every other secret link. The last answer of a version lets the facilitator's mail go out.
 */
export const POST = route<{ token: string }>(async (request, { token }) => {
  const signatory = await requireLink(
    request.headers,
    () => findSignatory(token),
    (found) => `sign-off:${found.signatoryId}`,
  );
  await answerSignOff(signatory, await readJson(request, answerSignOffSchema));
  after(() =>
    sendDueMails().catch((error: unknown) => console.error("Sending sign-off mail failed", error)),
  );
  return json({ answered: true }, { status: 201 });
});

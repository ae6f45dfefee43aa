import { after } from "next/server";
import { authorize } from "@/lib/access/gate";
import { rememberFacilitator, rememberStarter } from "@/lib/auth/cookies";
import { publicOrigin } from "@/lib/http/origin";
import {
  enforce,
  enforceByClient,
  WORKSHOP_CREATES_PER_ACCOUNT,
  WORKSHOP_CREATES_PER_ADDRESS,
} from "@/lib/http/rate-limit";
import { isSecure, json, readJson, route } from "@/lib/http/route";
import { sendDueMails } from "@/lib/mail/outbox";
import { rerunWorkshop } from "@/lib/workshops/mutations";
import { rerunWorkshopSchema } from "@/lib/workshops/schema";

/**
 * Runs the workshop again as a new, linked workshop; the response carries the new workshop's
 * private facilitator link, this one time only, as creating a workshop does. It counts as a
 * creation for the rate limits.
 */
export const POST = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const grant = await authorize(workshopId, "workshop.rerun");
  const input = await readJson(request, rerunWorkshopSchema);
  const userId = grant.actor.userId;
  if (userId !== undefined) await enforce(WORKSHOP_CREATES_PER_ACCOUNT, userId);
  else await enforceByClient(WORKSHOP_CREATES_PER_ADDRESS, request.headers);
  const secure = isSecure(request);
  // The starter key lets this browser add the new run to an account later, unless the caller's
  // account owns it already (rerunWorkshop decides).
  const created = await rerunWorkshop(grant, input, { starterKey: await rememberStarter(secure) });
  await rememberFacilitator(created.workshopId, created.facilitatorToken, secure);
  // The invitations to the earlier run's people go out through the outbox, as the sweep sends
  // them; running it once now, after the response, spares them the wait for the next sweep.
  after(() => sendDueMails().catch((error: unknown) => console.error("Mail run failed", error)));
  return json(
    {
      workshopId: created.workshopId,
      facilitatorLink: `${await publicOrigin()}/f/${created.facilitatorToken}`,
    },
    { status: 201, headers: { "Referrer-Policy": "no-referrer" } },
  );
});

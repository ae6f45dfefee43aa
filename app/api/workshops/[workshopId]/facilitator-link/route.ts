import { rememberFacilitator } from "@/lib/auth/cookies";
import { publicOrigin } from "@/lib/http/origin";
import { isSecure, json, route } from "@/lib/http/route";
import { rotateFacilitatorLink } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

/**
 * Replaces the private facilitator link: the old link and every cookie made from it stop
 * working at once. This browser gets the new capability's cookie, and the answer carries the
 * new link, this one time only.
 */
export const POST = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const grant = await authorize(workshopId, "facilitator-link.rotate");
  const { facilitatorToken } = await rotateFacilitatorLink(grant);
  await rememberFacilitator(grant.workshopId, facilitatorToken, isSecure(request));
  return json(
    { facilitatorLink: `${await publicOrigin()}/f/${facilitatorToken}` },
    { headers: { "Referrer-Policy": "no-referrer" } },
  );
});

import { rememberFacilitator } from "@/lib/auth/cookies";
import { currentUser } from "@/lib/auth/session";
import { publicOrigin } from "@/lib/http/origin";
import { isSecure, json, readJson, route } from "@/lib/http/route";
import { createWorkshop } from "@/lib/workshops/mutations";
import { createWorkshopSchema } from "@/lib/workshops/schema";

/** Starts a workshop; the response carries the private facilitator link, this one time only. */
export const POST = route(async (request) => {
  const input = await readJson(request, createWorkshopSchema);
  const user = await currentUser();
  const { workshopId, facilitatorToken } = await createWorkshop(input, { ownerUserId: user?.id });
  await rememberFacilitator(workshopId, facilitatorToken, isSecure(request));
  return json(
    { workshopId, facilitatorLink: `${await publicOrigin()}/f/${facilitatorToken}` },
    { status: 201, headers: { "Referrer-Policy": "no-referrer" } },
  );
});

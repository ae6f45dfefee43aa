import { authorizeFramework } from "@/lib/access/gate";
import { rememberFacilitator, rememberStarter } from "@/lib/auth/cookies";
import { currentUser } from "@/lib/auth/session";
import { frameworkToRun } from "@/lib/authoring/library";
import { isFrameworkId } from "@/lib/frameworks/catalogue";
import { AppError, isAppError } from "@/lib/errors";
import { publicOrigin } from "@/lib/http/origin";
import {
  enforce,
  enforceByClient,
  WORKSHOP_CREATES_PER_ACCOUNT,
  WORKSHOP_CREATES_PER_ADDRESS,
} from "@/lib/http/rate-limit";
import { isSecure, json, readJson, route } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/request-locale";
import { createWorkshop } from "@/lib/workshops/mutations";
import { createWorkshopSchema } from "@/lib/workshops/schema";

/** The caller's own framework; anything else, someone else's included, is not on offer. */
async function ownFrameworkToRun(frameworkId: string) {
  try {
    return await frameworkToRun(await authorizeFramework("framework.use", frameworkId));
  } catch (error) {
    if (isAppError(error) && (error.code === "not-found" || error.code === "forbidden")) {
      throw new AppError("invalid-input", { frameworkId: "not-offered" });
    }
    throw error;
  }
}

/**
 * Starts a workshop; the response carries the private facilitator link, this one time only.
 * Counted once the request is valid: per account when signed in, else per client address. A
 * framework of the caller's own is read through the gate: only its author may run it.
 */
export const POST = route(async (request) => {
  const input = await readJson(request, createWorkshopSchema);
  const ownFramework = isFrameworkId(input.frameworkId)
    ? undefined
    : await ownFrameworkToRun(input.frameworkId);
  const user = await currentUser();
  if (user) await enforce(WORKSHOP_CREATES_PER_ACCOUNT, user.id);
  else await enforceByClient(WORKSHOP_CREATES_PER_ADDRESS, request.headers);
  const secure = isSecure(request);
  // Signed in, the account owns it at once; else this browser alone may add it to one later.
  const { workshopId, facilitatorToken } = await createWorkshop(input, {
    ...(user ? { ownerUserId: user.id } : { starterKey: await rememberStarter(secure) }),
    ...(ownFramework && { ownFramework }),
    locale: await requestLocale(),
  });
  await rememberFacilitator(workshopId, facilitatorToken, secure);
  return json(
    { workshopId, facilitatorLink: `${await publicOrigin()}/f/${facilitatorToken}` },
    { status: 201, headers: { "Referrer-Policy": "no-referrer" } },
  );
});

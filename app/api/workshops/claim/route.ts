import { z } from "zod";
import { claimInThisBrowser, MAX_CLAIMS } from "@/lib/workshops/claim";
import { currentUser } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http/route";
import { AppError, issue } from "@/lib/errors";
import { idSchema } from "@/lib/ids";

const claimSchema = z.object({
  workshopIds: z
    .array(idSchema, issue("not-a-list"))
    .min(1, issue("too-few"))
    .max(MAX_CLAIMS, issue("too-many")),
});

/**
 * Adds workshops this browser facilitates by link to the signed-in account, after the person
 * confirmed it on /workshops. Answers with the ids actually added: the others are owned already
 * or not this browser's to give.
 */
export const POST = route(async (request) => {
  const user = await currentUser();
  if (!user) throw new AppError("forbidden");
  const { workshopIds } = await readJson(request, claimSchema);
  return json({ claimed: await claimInThisBrowser(user.id, workshopIds) });
});

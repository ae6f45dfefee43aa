import { readGuestToken, rememberParticipant } from "@/lib/auth/cookies";
import { currentUser } from "@/lib/auth/session";
import {
  enforce,
  enforceByClient,
  JOIN_MISSES_PER_ADDRESS,
  JOINS_PER_WORKSHOP,
} from "@/lib/http/rate-limit";
import { isSecure, json, readJson, route } from "@/lib/http/route";
import { findWorkshopByInviteToken, isRemovedGuest } from "@/lib/workshops/data";
import { AppError } from "@/lib/errors";
import { joinWorkshop } from "@/lib/workshops/mutations";
import { joinWorkshopSchema } from "@/lib/workshops/schema";
import { tokenSchema } from "@/lib/ids";
import { requestLocale } from "@/lib/i18n/request-locale";

const joinRequestSchema = joinWorkshopSchema.extend({ inviteToken: tokenSchema });

/**
 * Joins the workshop behind an invite link, as the signed-in account or as a guest. A malformed
 * token is refused by the schema before anything is read; an unknown one counts against the
 * client's join misses, a real one against its workshop's joins (lib/http/rate-limit.ts), so
 * that made-up tokens can never hold back a real join.
 */
export const POST = route(async (request) => {
  const { inviteToken, ...input } = await readJson(request, joinRequestSchema);
  const workshop = await findWorkshopByInviteToken(inviteToken);
  if (!workshop) {
    await enforceByClient(JOIN_MISSES_PER_ADDRESS, request.headers);
    throw new AppError("not-found");
  }
  await enforce(JOINS_PER_WORKSHOP, workshop.id);
  const guestToken = await readGuestToken(workshop.id);
  if (guestToken && (await isRemovedGuest(workshop.id, guestToken))) {
    throw new AppError("participant-removed");
  }
  const user = await currentUser();
  const joined = await joinWorkshop(inviteToken, input, {
    userId: user?.id,
    locale: await requestLocale(),
  });
  if (joined.guestToken) {
    await rememberParticipant(joined.workshopId, joined.guestToken, isSecure(request));
  }
  return json({ workshopId: joined.workshopId }, { status: 201 });
});

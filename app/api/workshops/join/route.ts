import { readGuestToken, rememberParticipant } from "@/lib/auth/cookies";
import { currentUser } from "@/lib/auth/session";
import { enforceByClient, JOINS_PER_ADDRESS } from "@/lib/http/rate-limit";
import { isSecure, json, readJson, route } from "@/lib/http/route";
import { findWorkshopByInviteToken, isRemovedGuest } from "@/lib/workshops/data";
import { WorkshopError } from "@/lib/workshops/errors";
import { joinWorkshop } from "@/lib/workshops/mutations";
import { joinWorkshopSchema, tokenSchema } from "@/lib/workshops/schema";

const joinRequestSchema = joinWorkshopSchema.extend({ inviteToken: tokenSchema });

/** Joins the workshop behind an invite link, as the signed-in account or as a guest. */
export const POST = route(async (request) => {
  await enforceByClient(JOINS_PER_ADDRESS, request.headers);
  const { inviteToken, ...input } = await readJson(request, joinRequestSchema);
  const workshop = await findWorkshopByInviteToken(inviteToken);
  if (!workshop) throw new WorkshopError("not-found");
  const guestToken = await readGuestToken(workshop.id);
  if (guestToken && (await isRemovedGuest(workshop.id, guestToken))) {
    throw new WorkshopError("participant-removed");
  }
  const user = await currentUser();
  const joined = await joinWorkshop(inviteToken, input, { userId: user?.id });
  if (joined.guestToken) {
    await rememberParticipant(joined.workshopId, joined.guestToken, isSecure(request));
  }
  return json({ workshopId: joined.workshopId }, { status: 201 });
});

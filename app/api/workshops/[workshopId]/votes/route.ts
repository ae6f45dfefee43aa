import { readGuestToken } from "@/lib/auth/cookies";
import { currentUser } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { parseWorkshopId } from "@/lib/ids";
import { saveAnswers, type Voter } from "@/lib/workshops/mutations";
import { saveAnswersSchema } from "@/lib/workshops/schema";

/**
 * Saves answers of the caller's own ballot: one, or several at once when they piled up behind a
 * save in flight. The hot path of a live room, and the one write that does not go through the
 * gate (lib/access/gate.ts): the gate's "vote.save" (participant) would cost a query before the
 * save, so the save is one statement that finds the participant the request's guest cookie and
 * account name by the gate's own rule (lib/access/participant-of.ts, which lib/access/actor.ts
 * uses too: the voter is whoever the gate would call the participant) and checks the open round
 * and the criteria itself. A guest without a session cookie costs no session lookup. In
 * production a guest's save is answered by the ballot lane (./lane.ts) before it gets here.
 */
export const PUT = route<{ workshopId: string }>(async (request, params) => {
  const input = await readJson(request, saveAnswersSchema);
  const guestToken = await readGuestToken(params.workshopId);
  const user = await currentUser();
  if (!guestToken && !user) throw new AppError("forbidden");
  const voter: Voter = { ...(guestToken && { guestToken }), ...(user && { userId: user.id }) };
  // Parsed here, where the save would otherwise be the first to read it.
  const { savedAt } = await saveAnswers(parseWorkshopId(params.workshopId), voter, input);
  return json({ savedAt });
});

import { readGuestToken } from "@/lib/auth/cookies";
import { currentUser } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http/route";
import { WorkshopError } from "@/lib/workshops/errors";
import { saveVote, type Voter } from "@/lib/workshops/mutations";
import { saveVoteSchema } from "@/lib/workshops/schema";

/**
 * Saves one answer of the caller's own ballot. The hot path of a live room: a guest's save is
 * one statement that checks the cookie's participant, the open round and the criterion itself.
 */
export const PUT = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const input = await readJson(request, saveVoteSchema);
  const guestToken = await readGuestToken(workshopId);
  let voter: Voter;
  if (guestToken) {
    voter = { guestToken };
  } else {
    const user = await currentUser();
    if (!user) throw new WorkshopError("forbidden");
    voter = { userId: user.id };
  }
  const { savedAt } = await saveVote(workshopId, voter, input);
  return json({ savedAt });
});

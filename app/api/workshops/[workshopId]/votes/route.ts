import { readGuestToken } from "@/lib/auth/cookies";
import { currentUser } from "@/lib/auth/session";
import { json, readJson, route } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { saveAnswers, type Voter } from "@/lib/workshops/mutations";
import { saveAnswersSchema } from "@/lib/workshops/schema";

/**
 * Saves answers of the caller's own ballot: one, or several at once when they piled up behind a
 * save in flight. The hot path of a live room: a guest's save is one statement that checks the
 * cookie's participant, the open round and the criteria itself.
 */
export const PUT = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const input = await readJson(request, saveAnswersSchema);
  const guestToken = await readGuestToken(workshopId);
  let voter: Voter;
  if (guestToken) {
    voter = { guestToken };
  } else {
    const user = await currentUser();
    if (!user) throw new AppError("forbidden");
    voter = { userId: user.id };
  }
  const { savedAt } = await saveAnswers(workshopId, voter, input);
  return json({ savedAt });
});

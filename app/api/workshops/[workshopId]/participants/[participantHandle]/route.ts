import { json, route } from "@/lib/http/route";
import { findParticipantByHandle, participantHandleSchema } from "@/lib/workshops/data";
import { AppError } from "@/lib/errors";
import { removeParticipant } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

/**
 * Removes a participant, named by the handle the facilitator's page shows (never by id: the
 * page holds no participant ids, so nothing on it orders like the stored ballots).
 */
export const DELETE = route<{ workshopId: string; participantHandle: string }>(
  async (_request, { workshopId, participantHandle }) => {
    const grant = await authorize(workshopId, "participant.remove");
    if (!participantHandleSchema.test(participantHandle)) throw new AppError("not-found");
    const participantId = await findParticipantByHandle(grant, participantHandle);
    if (!participantId) throw new AppError("not-found");
    await removeParticipant(grant, participantId);
    return json({ removed: true });
  },
);

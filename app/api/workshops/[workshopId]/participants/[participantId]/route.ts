import { currentActor } from "@/lib/auth/actor";
import { json, route } from "@/lib/http/route";
import { removeParticipant } from "@/lib/workshops/mutations";
import { requireFacilitator } from "@/lib/workshops/permissions";

export const DELETE = route<{ workshopId: string; participantId: string }>(
  async (_request, { workshopId, participantId }) => {
    const by = requireFacilitator(await currentActor(workshopId), workshopId);
    await removeParticipant(workshopId, participantId, by);
    return json({ removed: true });
  },
);

import { currentActor } from "@/lib/auth/actor";
import { route } from "@/lib/http/route";
import { liveResponse } from "@/lib/realtime/stream";
import { WorkshopError } from "@/lib/workshops/errors";
import { canFacilitate } from "@/lib/workshops/permissions";

/**
 * Live updates of one workshop: who has voted for its facilitator, how many for its
 * participants. Anyone else gets the same 404 as for a workshop that does not exist.
 */
export const GET = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const actor = await currentActor(workshopId);
  if (canFacilitate(actor, { id: workshopId })) {
    // Facilitating by the link's capability, or by owning the workshop.
    const key = actor.capabilityId ?? actor.userId ?? "unknown";
    return liveResponse(request, workshopId, "facilitator", () => true, {
      key: `facilitator:${key}`,
    });
  }
  const { participantId } = actor;
  if (participantId) {
    // A participant removed by the facilitator stops hearing anything.
    return liveResponse(
      request,
      workshopId,
      "participant",
      (state) => state.participantIds.includes(participantId),
      { key: `participant:${participantId}` },
    );
  }
  throw new WorkshopError("not-found");
});

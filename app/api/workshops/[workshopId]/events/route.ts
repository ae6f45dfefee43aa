import { readCredentials } from "@/lib/auth/cookies";
import { route } from "@/lib/http/route";
import { liveResponse } from "@/lib/realtime/stream";
import { liveViewFor } from "@/lib/workshops/live-state";
import { resolveActor } from "@/lib/access/actor";
import { AppError } from "@/lib/errors";
import { canFacilitate } from "@/lib/access/permissions";

/**
 * Live updates of one workshop: who has voted for its facilitator, how many for its
 * participants. Anyone else gets the same 404 as for a workshop that does not exist.
 */
export const GET = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const credentials = await readCredentials(workshopId);
  const actor = await resolveActor(workshopId, credentials);
  if (canFacilitate(actor, { id: workshopId })) {
    // A facilitator whose link was replaced stops hearing anything; an owner stays. When the
    // check itself fails the stream ends, and the browser reconnects through the gate.
    return liveResponse(
      request,
      {
        workshopId,
        ...liveViewFor("facilitator"),
        allowed: () =>
          resolveActor(workshopId, credentials).then(
            (now) => canFacilitate(now, { id: workshopId }),
            () => false,
          ),
      },
      // Facilitating by the link's capability, or by owning the workshop.
      {
        key: `facilitator:${actor.capabilityId ?? actor.userId ?? "unknown"}`,
        beyondWorkshopCap: true,
      },
    );
  }
  const { participantId } = actor;
  if (participantId) {
    // A participant removed by the facilitator stops hearing anything.
    return liveResponse(
      request,
      {
        workshopId,
        ...liveViewFor("participant"),
        allowed: (state) => state.participantIds.includes(participantId),
      },
      { key: `participant:${participantId}` },
    );
  }
  throw new AppError("not-found");
});

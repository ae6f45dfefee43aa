import { authorizeAndKeep, grantAlso, grantFor } from "@/lib/access/gate";
import { route } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/request-locale";
import { liveResponse } from "@/lib/realtime/stream";
import { liveViewFor } from "@/lib/results/live";
import { AppError } from "@/lib/errors";

/**
 * Live updates of one workshop: who has voted for its facilitator, how many for its
 * participants. Anyone else gets the same 404 as for a workshop that does not exist.
 */
export const GET = route<{ workshopId: string }>(async (request, params) => {
  const { grant, credentials } = await authorizeAndKeep(params.workshopId, "workshop.watch", {
    hide: true,
  });
  const { workshopId, actor } = grant;
  if (grantAlso(grant, "facilitator-view.view")) {
    // A facilitator whose link was replaced stops hearing anything; an owner stays. The gate
    // judges the same credentials again; when the check itself fails the stream ends, and the
    // browser reconnects through the gate.
    return liveResponse(
      request,
      {
        workshopId,
        ...liveViewFor("facilitator", await requestLocale()),
        allowed: () =>
          grantFor(workshopId, "facilitator-view.view", credentials).then(
            () => true,
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
  const ballot = grantAlso(grant, "ballot.view");
  if (ballot) {
    const { participantId } = ballot.actor;
    // A participant removed by the facilitator stops hearing anything.
    return liveResponse(
      request,
      {
        workshopId,
        ...liveViewFor("participant", await requestLocale()),
        allowed: (state) => state.participantIds.includes(participantId),
      },
      { key: `participant:${participantId}` },
    );
  }
  // A member is a participant or a facilitator: the gate let in nobody else.
  throw new AppError("not-found");
});

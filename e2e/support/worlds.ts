import { expectOk, joinWorkshop, send, startWorkshop, workshopFields } from "./api";
import { participantAndFirstRound } from "./database";

// Worlds the access specs (cross-site, permissions) build their rows on, through the HTTP API.

/** The one participant of workshopWithAVote. */
export const PAT = { displayName: "Pat", role: "data_scientist" };

/**
 * A workshop started by the account behind `ownerCookie` (none: a guest facilitator), in which
 * Pat joined and answered one criterion of round 1, which is still open.
 */
export async function workshopWithAVote(
  fields: ReturnType<typeof workshopFields>,
  ownerCookie?: string,
) {
  const made = await startWorkshop(fields, { cookie: ownerCookie });
  const participant = await joinWorkshop(made, PAT);
  const ids = await participantAndFirstRound(made.workshopId);
  await expectOk(
    send({
      method: "PUT",
      path: `/api/workshops/${made.workshopId}/votes`,
      cookie: participant,
      body: { roundId: ids.roundId, answers: [{ criterionId: "governance", score: 4 }] },
    }),
    "Pat's vote",
  );
  return { ...made, participant, ...ids };
}

/** A live share link of the workshop, made with its facilitator's cookie. */
export async function liveShareLink(
  workshop: { workshopId: string; facilitatorCookie: string },
  label: string,
): Promise<{ shareLinkId: string; token: string }> {
  const made = await expectOk(
    send({
      method: "POST",
      path: `/api/workshops/${workshop.workshopId}/share-links`,
      cookie: workshop.facilitatorCookie,
      body: { label, mode: "live" },
    }),
    "a live share link",
  );
  return JSON.parse(made.text) as { shareLinkId: string; token: string };
}

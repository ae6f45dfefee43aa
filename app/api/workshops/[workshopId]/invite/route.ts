import { currentActor } from "@/lib/access/actor";
import { json, route } from "@/lib/http/route";
import { rotateInvite } from "@/lib/workshops/mutations";
import { requireFacilitator } from "@/lib/access/permissions";

/** Replaces the invite link; the old one stops working at once. */
export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  const by = requireFacilitator(await currentActor(workshopId), workshopId);
  await rotateInvite(workshopId, by);
  return json({ rotated: true }, { headers: { "Referrer-Policy": "no-referrer" } });
});

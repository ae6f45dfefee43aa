import { json, route } from "@/lib/http/route";
import { rotateInvite } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";

/** Replaces the invite link; the old one stops working at once. */
export const POST = route<{ workshopId: string }>(async (_request, { workshopId }) => {
  await rotateInvite(await authorize(workshopId, "invite.rotate"));
  return json({ rotated: true }, { headers: { "Referrer-Policy": "no-referrer" } });
});

import { json, route } from "@/lib/http/route";
import { authorize } from "@/lib/access/gate";
import { revokeShareLink } from "@/lib/workshops/share-links";

/** Revokes a share link: from now on it shows the same page as a link that never existed. */
export const DELETE = route<{ workshopId: string; shareLinkId: string }>(
  async (_request, { workshopId, shareLinkId }) => {
    const { by } = await authorize(workshopId, "share-link.revoke");
    await revokeShareLink(workshopId, shareLinkId, by);
    return json({ revoked: true });
  },
);

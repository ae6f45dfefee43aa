import { json, route } from "@/lib/http/route";
import { authorize } from "@/lib/access/gate";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/ids";
import { revokeShareLink } from "@/lib/workshops/share-links";

/** Revokes a share link: from now on it shows the same page as a link that never existed. */
export const DELETE = route<{ workshopId: string; shareLinkId: string }>(
  async (_request, { workshopId, shareLinkId }) => {
    const grant = await authorize(workshopId, "share-link.revoke");
    // The second id in the path is the gate's to parse no more than the body is: it is parsed
    // here, once, and the statement requires it to be a link of the grant's workshop.
    if (!isId(shareLinkId)) throw new AppError("not-found");
    await revokeShareLink(grant, shareLinkId);
    return json({ revoked: true });
  },
);

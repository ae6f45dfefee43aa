import { publicOrigin } from "@/lib/http/origin";
import { json, readJson, route } from "@/lib/http/route";
import { authorize } from "@/lib/access/gate";
import { createShareLinkSchema } from "@/lib/workshops/schema";
import { createShareLink } from "@/lib/workshops/share-links";

/** Creates a read-only link to the workshop's results. */
export const POST = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const grant = await authorize(workshopId, "share-link.create");
  const input = await readJson(request, createShareLinkSchema);
  const { shareLinkId, token } = await createShareLink(grant, input);
  return json({ shareLinkId, token, url: `${await publicOrigin()}/s/${token}` }, { status: 201 });
});

import { authorizeFramework } from "@/lib/access/gate";
import { shareFramework, stopSharingFramework } from "@/lib/authoring/library";
import { publicOrigin } from "@/lib/http/origin";
import { json, route } from "@/lib/http/route";

/** A new read-and-copy link for other accounts; the earlier one stops working. */
export const POST = route<{ frameworkId: string }>(async (_request, { frameworkId }) => {
  const token = await shareFramework(await authorizeFramework("framework.share", frameworkId));
  return json({ url: `${await publicOrigin()}/frameworks/shared/${token}` }, { status: 201 });
});

/** Ends the link: the framework is private again. */
export const DELETE = route<{ frameworkId: string }>(async (_request, { frameworkId }) => {
  await stopSharingFramework(await authorizeFramework("framework.share", frameworkId));
  return json({ shared: false });
});

import { authorizeFramework } from "@/lib/access/gate";
import { loadOwnFramework } from "@/lib/authoring/library";
import { frameworkFileText } from "@/lib/frameworks/schema";
import { publicOrigin } from "@/lib/http/origin";
import { route } from "@/lib/http/route";

/** The newest version as a framework file, to keep in git or to import elsewhere. */
export const GET = route<{ frameworkId: string }>(async (_request, { frameworkId }) => {
  const framework = await loadOwnFramework(await authorizeFramework("framework.view", frameworkId));
  const text = frameworkFileText(
    framework.definition,
    `${await publicOrigin()}/framework.schema.json`,
  );
  return new Response(text, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${framework.definition.id}.json"`,
      "Cache-Control": "no-store",
    },
  });
});

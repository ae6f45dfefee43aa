import { authorizeFramework } from "@/lib/access/gate";
import { checkDefinition, createFramework } from "@/lib/authoring/library";
import { createFrameworkSchema } from "@/lib/authoring/schema";
import { enforce, FRAMEWORK_SAVES_PER_ACCOUNT } from "@/lib/http/rate-limit";
import { json, MAX_FRAMEWORK_BODY_BYTES, readJson, route } from "@/lib/http/route";

/**
 * A new framework of the signed-in account: written in the editor or imported from a file. The
 * file is data, checked like the editor's input; nothing in it is ever run.
 */
export const POST = route(async (request) => {
  const grant = await authorizeFramework("framework.create");
  const { definition } = await readJson(request, createFrameworkSchema, {
    maxBytes: MAX_FRAMEWORK_BODY_BYTES,
  });
  // Counted once the framework is valid: a refused file costs nothing.
  const framework = checkDefinition(definition);
  await enforce(FRAMEWORK_SAVES_PER_ACCOUNT, grant.userId);
  return json(await createFramework(grant, framework), { status: 201 });
});

import { authorizeFramework } from "@/lib/access/gate";
import { createFramework, findSharedFramework } from "@/lib/authoring/library";
import { copyFrameworkSchema } from "@/lib/authoring/schema";
import { enforce, FRAMEWORK_SAVES_PER_ACCOUNT, requireLink } from "@/lib/http/rate-limit";
import { json, readJson, route } from "@/lib/http/route";

/**
 * Copies a shared framework into the signed-in account, as a framework of its own: the link is
 * the credential for reading it, counted like every other secret link.
 */
export const POST = route(async (request) => {
  const grant = await authorizeFramework("framework.create");
  const { token } = await readJson(request, copyFrameworkSchema);
  const shared = await requireLink(
    request.headers,
    () => findSharedFramework(token),
    (found) => `framework:${found.frameworkId}`,
  );
  await enforce(FRAMEWORK_SAVES_PER_ACCOUNT, grant.userId);
  return json(await createFramework(grant, shared.definition), { status: 201 });
});

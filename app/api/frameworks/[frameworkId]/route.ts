import { authorizeFramework } from "@/lib/access/gate";
import { checkDefinition, deleteFramework, saveFramework } from "@/lib/authoring/library";
import { saveFrameworkSchema } from "@/lib/authoring/schema";
import { enforce, FRAMEWORK_SAVES_PER_ACCOUNT } from "@/lib/http/rate-limit";
import { json, MAX_FRAMEWORK_BODY_BYTES, readJson, route } from "@/lib/http/route";

/** Saves the author's edit as a new version; workshops made from earlier versions keep theirs. */
export const PUT = route<{ frameworkId: string }>(async (request, { frameworkId }) => {
  const grant = await authorizeFramework("framework.edit", frameworkId);
  const { definition, basedOn } = await readJson(request, saveFrameworkSchema, {
    maxBytes: MAX_FRAMEWORK_BODY_BYTES,
  });
  // Counted once the framework is valid: a refused save costs nothing.
  const framework = checkDefinition(definition);
  await enforce(FRAMEWORK_SAVES_PER_ACCOUNT, grant.userId);
  return json(await saveFramework(grant, framework, basedOn));
});

/** Deletes the framework and its history; its workshops keep their own copy. */
export const DELETE = route<{ frameworkId: string }>(async (_request, { frameworkId }) => {
  await deleteFramework(await authorizeFramework("framework.delete", frameworkId));
  return json({ deleted: true });
});

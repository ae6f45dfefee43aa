import { json, readJson, route } from "@/lib/http/route";
import { setDeadline } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";
import { setDeadlineSchema } from "@/lib/workshops/schema";

/** Moves an async workshop's deadline later or earlier while its round is open. */
export const PUT = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const grant = await authorize(workshopId, "deadline.set");
  const { deadline } = await setDeadline(grant, await readJson(request, setDeadlineSchema));
  return json({ deadline: deadline.toISOString() });
});

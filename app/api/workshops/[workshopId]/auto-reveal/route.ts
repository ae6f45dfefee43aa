import { json, readJson, route } from "@/lib/http/route";
import { setAutoReveal } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";
import { setAutoRevealSchema } from "@/lib/workshops/schema";

/**
 * Turns "reveal as soon as everyone has voted" on or off. Turned on when everyone has already
 * voted, the round is revealed at once: `revealed` says so.
 */
export const PUT = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const grant = await authorize(workshopId, "auto-reveal.set");
  return json(await setAutoReveal(grant, await readJson(request, setAutoRevealSchema)));
});

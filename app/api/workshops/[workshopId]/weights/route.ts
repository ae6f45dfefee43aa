import { currentActor } from "@/lib/access/actor";
import { json, readJson, route } from "@/lib/http/route";
import { setWeights } from "@/lib/workshops/mutations";
import { requireFacilitator } from "@/lib/access/permissions";
import { setWeightsSchema } from "@/lib/workshops/schema";

/** Sets how much each criterion counts in the results, or (null) makes them count the same. */
export const PUT = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const by = requireFacilitator(await currentActor(workshopId), workshopId);
  const input = await readJson(request, setWeightsSchema);
  await setWeights(workshopId, input, by);
  return json({ weights: input.weights });
});

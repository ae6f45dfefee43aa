import { json, readJson, route } from "@/lib/http/route";
import { setWeights } from "@/lib/workshops/mutations";
import { authorize } from "@/lib/access/gate";
import { setWeightsSchema } from "@/lib/workshops/schema";

/** Sets how much each criterion counts in the results, or (null) makes them count the same. */
export const PUT = route<{ workshopId: string }>(async (request, { workshopId }) => {
  const grant = await authorize(workshopId, "weights.set");
  const input = await readJson(request, setWeightsSchema);
  await setWeights(grant, input);
  return json({ weights: input.weights });
});

import { authorize } from "@/lib/access/gate";
import { updateStep } from "@/lib/decisions/record";
import { updateStepSchema } from "@/lib/decisions/schema";
import { AppError } from "@/lib/errors";
import { json, readJson, route } from "@/lib/http/route";
import { isId } from "@/lib/ids";

/** Changes one step of the follow-through checklist: status, owner or due date. */
export const PUT = route<{ workshopId: string; stepId: string }>(
  async (request, { workshopId, stepId }) => {
    const grant = await authorize(workshopId, "decision.follow-up");
    if (!isId(stepId)) throw new AppError("not-found");
    await updateStep(grant, stepId, await readJson(request, updateStepSchema));
    return json({ updated: true });
  },
);

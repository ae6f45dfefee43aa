import { authorize } from "@/lib/access/gate";
import { removeSignatory } from "@/lib/decisions/sign-offs";
import { AppError } from "@/lib/errors";
import { json, route } from "@/lib/http/route";
import { isId } from "@/lib/ids";

/** Stops asking someone to sign off: their link ends, what they answered stays on record. */
export const DELETE = route<{ workshopId: string; signatoryId: string }>(
  async (_request, { workshopId, signatoryId }) => {
    const grant = await authorize(workshopId, "sign-off.revoke");
    // Parsed here, once; the statement requires a signatory of the grant's workshop.
    if (!isId(signatoryId)) throw new AppError("not-found");
    await removeSignatory(grant, signatoryId);
    return json({ removed: true });
  },
);

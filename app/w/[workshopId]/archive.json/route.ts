import { authorize } from "@/lib/access/gate";
import { decisionFiles } from "@/lib/decisions/files";
import { route } from "@/lib/http/route";

/** The whole workshop as JSON, for the team's archive. */
export const GET = route<{ workshopId: string }>(async (_request, { workshopId }) =>
  (await decisionFiles(await authorize(workshopId, "decision.export", { hide: true }))).archive(),
);

import { authorize } from "@/lib/access/gate";
import { decisionFiles } from "@/lib/decisions/files";
import { route } from "@/lib/http/route";
import { requestLocale } from "@/lib/i18n/request-locale";

/** The decision record as Markdown, laid out as an architecture decision record. */
export const GET = route<{ workshopId: string }>(async (_request, { workshopId }) =>
  (await decisionFiles(await authorize(workshopId, "decision.export", { hide: true }))).markdown(
    await requestLocale(),
  ),
);

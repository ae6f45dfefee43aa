import "server-only";
import type { Grant } from "@/lib/access/gate";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { exportName } from "@/lib/results/csv";
import { loadResults } from "@/lib/results/data";
import { auditTrailOf } from "@/lib/workshops/audit";
import { decisionMarkdown, workshopArchive } from "./export";
import { loadDecision } from "./record";
import { resultsView } from "@/lib/results/access";
import { localiseFramework } from "@/lib/frameworks";

function download(body: string, type: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

/** The facilitator's downloads of the decision: the Markdown record and the JSON archive. */
export async function decisionFiles(grant: Grant<"decision.export">) {
  const source = await loadResults(grant.workshopId);
  const name = exportName(source.workshop.title, source.rounds.at(-1)?.number ?? 0);
  return {
    /**
     * The record in the downloader's language; not found until a decision is recorded: there is
     * no record to export.
     */
    async markdown(locale: Locale) {
      // Option names in the downloader's language, as every other word of the record.
      const record = await loadDecision(
        grant.workshopId,
        localiseFramework(source.framework, locale),
        locale,
      );
      const view = record
        ? resultsView(source, {
            audience: "facilitator",
            locale,
            roundNumber: record.versions[0]!.roundNumber,
          })
        : null;
      if (!record || !view) throw new AppError("not-found");
      return download(
        decisionMarkdown(view, record),
        "text/markdown",
        `${name.replace(/-round-\d+$/, "")}-decision.md`,
      );
    },
    async archive() {
      const archive = workshopArchive(
        source,
        await loadDecision(grant.workshopId, source.framework, DEFAULT_LOCALE),
        await auditTrailOf(grant.workshopId),
        new Date(),
      );
      return download(
        JSON.stringify(archive, null, 2),
        "application/json",
        `${name.replace(/-round-\d+$/, "")}-archive.json`,
      );
    },
  };
}

"use client";

import { TriangleAlert } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Card } from "@/components/ui/card";
import { frameworkWarnings, type FrameworkWarning } from "@/lib/frameworks/lint";
import { langAttribute } from "@/lib/frameworks/localise";
import { languageOf } from "@/lib/i18n/locales";
import { sampleTeams, type SampleTeam } from "@/lib/frameworks/sample-teams";
import { FIT_TOLERANCE, type Framework } from "@/lib/scoring";
import type { FrameworkDraft } from "./draft";
import { useWarningWords } from "./problem-words";

// Beside the editor: the ballot as voters will see it, and how a few typical teams come out, so
// the author sees whether the options separate before anyone votes. The sample result and the
// warnings try hundreds of team profiles, so they wait for a pause in the typing.

interface Analysis {
  teams: SampleTeam[];
  warnings: FrameworkWarning[];
}

function useAnalysis(framework: Framework | null): Analysis | null {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  useEffect(() => {
    if (!framework) return;
    const timer = setTimeout(
      () => setAnalysis({ teams: sampleTeams(framework), warnings: frameworkWarnings(framework) }),
      300,
    );
    return () => clearTimeout(timer);
  }, [framework]);
  return framework ? analysis : null;
}

export function FrameworkPreview({
  framework,
  draft,
}: {
  framework: Framework | null;
  draft: FrameworkDraft;
}) {
  const t = useTranslations("authoring");
  const format = useFormatter();
  const analysis = useAnalysis(framework);
  // The ballot as voters see it, its texts marked with their language where it is not the page's.
  const lang = langAttribute(draft.language, languageOf(useLocale()));
  // A fit of 100 means no gap on any criterion, not a perfect option: it reads "no gaps".
  const fitWords = (fit: number) =>
    fit >= 100 - FIT_TOLERANCE
      ? t("preview.noGaps")
      : t("preview.fit", { fit: format.number(fit, { maximumFractionDigits: 1 }) });
  const warningWords = useWarningWords(framework);
  const nameOf = (optionId: string | null) =>
    framework?.options.find((option) => option.id === optionId)?.name ??
    t("preview.noRecommendation");

  return (
    <aside
      aria-label={t("preview.label")}
      // On a laptop the preview scrolls on its own beside the form: keyboard users scroll it too.
      tabIndex={0}
      className="space-y-5 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
    >
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("preview.heading")}</h2>
        {!framework ? (
          <p className="text-muted text-sm">{t("preview.waiting")}</p>
        ) : !analysis ? (
          <p className="text-muted text-sm" role="status">
            {t("preview.working")}
          </p>
        ) : (
          <>
            <p className="text-muted text-sm">{t("preview.intro")}</p>
            <table className="w-full text-sm" data-testid="sample-result">
              <thead>
                <tr className="text-muted text-left">
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t("preview.teamLike")}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t("preview.sentTo")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {analysis.teams.map((team) => {
                  const missed = team.lookingLike !== null && team.recommended !== team.lookingLike;
                  const top = team.ranking[0];
                  return (
                    <tr key={team.lookingLike ?? "middle"} className="border-line border-t">
                      <th scope="row" className="py-1.5 pr-2 text-left font-normal break-words">
                        {team.lookingLike ? nameOf(team.lookingLike) : t("preview.allThrees")}
                      </th>
                      <td
                        className={`py-1.5 break-words ${missed ? "text-warning font-semibold" : ""}`}
                      >
                        {nameOf(team.recommended)}
                        {top?.fit !== null && top?.fit !== undefined
                          ? ` (${fitWords(top.fit)})`
                          : ""}
                        {missed ? " ⚠" : ""}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {analysis.warnings.length > 0 ? (
              <ul className="space-y-2" aria-label={t("preview.warnings")}>
                {analysis.warnings.map((warning) => {
                  const words = warningWords(warning);
                  return (
                    <li key={words} className="text-warning flex items-start gap-2 text-sm">
                      <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                      {words}
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="text-success text-sm font-medium">{t("preview.noWarnings")}</p>
            )}
          </>
        )}
      </Card>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("preview.ballot")}</h2>
        <ol className="space-y-3">
          {draft.criteria.map((criterion, index) => (
            <li key={index} className="space-y-1">
              <p className="font-semibold break-words">
                {criterion.name ? (
                  <span lang={lang}>{criterion.name}</span>
                ) : (
                  t("items.criterion", { number: index + 1 })
                )}
              </p>
              {criterion.help ? (
                <p className="text-muted text-sm" lang={lang}>
                  {criterion.help}
                </p>
              ) : null}
              <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm">
                {(["1", "3", "5"] as const).map((key) => (
                  <div key={key} className="contents">
                    <dt className="text-muted font-medium">{key}</dt>
                    <dd className="break-words" lang={lang}>
                      {criterion.anchors[key] || "…"}
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      </Card>
    </aside>
  );
}

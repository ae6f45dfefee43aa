import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { langAttribute } from "@/lib/frameworks";
import { languageOf } from "@/lib/i18n/locales";
import type { Framework } from "@/lib/scoring";

// A framework to read: what a shared link shows before someone copies it. All of it is text
// its author wrote, so it is shown as text (React escapes it) and never as markup.

export function FrameworkOverview({ framework }: { framework: Framework }) {
  const t = useTranslations("authoring.overview");
  // Shown as written: marked as its author's language where that is not the page's.
  const lang = langAttribute(framework.language, languageOf(useLocale()));
  return (
    <div className="space-y-6">
      <p className="max-w-3xl break-words" lang={lang}>
        {framework.summary}
      </p>
      <Card as="section" aria-labelledby="overview-criteria" className="space-y-4">
        <h2 id="overview-criteria" className="text-lg font-semibold">
          {t("criteriaHeading")}
        </h2>
        <ol className="space-y-4">
          {framework.criteria.map((criterion) => (
            <li key={criterion.id} className="space-y-1">
              <p className="font-semibold break-words">
                <span lang={lang}>{criterion.name}</span>{" "}
                <span className="text-muted text-sm font-normal">
                  {criterion.kind === "need" ? t("kindNeed") : t("kindCapacity")}
                </span>
              </p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-sm">
                {([1, 3, 5] as const).map((score) =>
                  criterion.anchors[score] ? (
                    <div key={score} className="contents">
                      <dt className="text-muted font-medium">{score}</dt>
                      <dd className="break-words" lang={lang}>
                        {criterion.anchors[score]}
                      </dd>
                    </div>
                  ) : null,
                )}
              </dl>
            </li>
          ))}
        </ol>
      </Card>
      <Card as="section" aria-labelledby="overview-options" className="space-y-4">
        <h2 id="overview-options" className="text-lg font-semibold">
          {t("optionsHeading")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("profileCaption")}</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-1.5 pr-3 font-semibold">
                  {t("option")}
                </th>
                {framework.criteria.map((criterion) => (
                  <th
                    key={criterion.id}
                    scope="col"
                    className="px-2 py-1.5 font-semibold"
                    lang={lang}
                  >
                    {criterion.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {framework.options.map((option) => (
                <tr key={option.id} className="border-line border-t align-top">
                  <th scope="row" className="py-2 pr-3 text-left font-normal" lang={lang}>
                    <span className="block font-semibold break-words">{option.name}</span>
                    <span className="text-muted block break-words">{option.summary}</span>
                  </th>
                  {framework.criteria.map((criterion) => (
                    <td key={criterion.id} className="px-2 py-2 text-center tabular-nums">
                      {option.profile[criterion.id]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}

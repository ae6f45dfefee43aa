import type { Framework } from "@/lib/scoring";

/** The language a framework is written in: its own field, else English, as the built-in ones. */
export function languageOfFramework(framework: Framework): string {
  return framework.language ?? "en";
}

/**
 * The HTML lang attribute texts in `language` need on a page in `page`'s language: none where the
 * two are one language ("de-AT" on a German page), or where the language is not known. A team's
 * framework is shown as written, so its texts can be in another language than the page; marking
 * them lets a screen reader pronounce them in theirs. (A framework saved before frameworks named
 * their language has none, and stays unmarked.)
 */
export function langAttribute(
  language: string | null | undefined,
  page: string,
): string | undefined {
  if (!language || language.split("-")[0] === page.split("-")[0]) return undefined;
  return language;
}

/**
 * The framework in the one language it is written in, without its translations: what a team's
 * own framework file holds (a copy of a template, the example files in docs/frameworks).
 */
export function asWritten(framework: Framework): Framework {
  return localiseFramework(framework, languageOfFramework(framework));
}

/**
 * The framework as a reader of `language` sees it: its texts from the translation into that
 * language where it carries one, else as written (a team's own framework keeps its author's
 * language). Ids, profiles, conditions and kinds never come from a translation. The result
 * names the language its texts are in and carries no translations.
 */
export function localiseFramework(framework: Framework, language: string): Framework {
  const { translations, ...written } = framework;
  const words = translations?.[language];
  if (!words || language === languageOfFramework(framework)) return written;
  return {
    ...written,
    language,
    name: words.name,
    question: words.question,
    summary: words.summary,
    ...(written.commonRisks && { commonRisks: words.commonRisks ?? written.commonRisks }),
    ...(written.smallTeamNote && { smallTeamNote: words.smallTeamNote ?? written.smallTeamNote }),
    ...(written.withoutDecision && {
      withoutDecision: words.withoutDecision ?? written.withoutDecision,
    }),
    criteria: written.criteria.map((criterion) => ({
      ...criterion,
      ...words.criteria[criterion.id],
    })),
    options: written.options.map((option) => ({ ...option, ...words.options[option.id] })),
    tradeOffs: written.tradeOffs.map((row) => ({ ...row, ...words.tradeOffs[row.id] })),
    facts: written.facts.map((fact) => ({ ...fact, ...words.facts[fact.id] })),
  };
}

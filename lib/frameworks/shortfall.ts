import type { CriterionKind } from "@/lib/scoring";

// The sentence a new criterion starts with for a critical gap, until its author writes their
// own: part of the framework, so in the language the framework is written in (the editor's
// "Language of the texts"), not in the one the author reads Blueprint in.

type FirstShortfalls = Record<CriterionKind, string>;

const FIRST_SHORTFALLS: Record<string, FirstShortfalls> = {
  en: {
    need: "{option} offers {profile} of 5 here, less than the {team} the team needs",
    capacity: "{option} asks for {profile} of 5 here, more than the {team} the team has",
  },
  de: {
    need: "{option} bietet hier nur {profile} von 5, weniger als die {team}, die das Team braucht",
    capacity: "{option} verlangt hier {profile} von 5, mehr als die {team}, die das Team hat",
  },
};

/** The first wordings in `language` ("de", "de-AT"), or in English for a language without. */
export function firstShortfalls(language: string): FirstShortfalls {
  const primary = language.split("-")[0]!;
  return Object.hasOwn(FIRST_SHORTFALLS, primary)
    ? FIRST_SHORTFALLS[primary]!
    : FIRST_SHORTFALLS.en!;
}

/** Whether `text` is a first wording, of any kind in any language: the author has not changed it. */
export function isFirstShortfall(text: string): boolean {
  return Object.values(FIRST_SHORTFALLS).some((words) => Object.values(words).includes(text));
}

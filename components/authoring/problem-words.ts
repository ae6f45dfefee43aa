import { useTranslations } from "next-intl";
import type { FieldErrorCode } from "@/lib/errors";
import type { FrameworkWarning } from "@/lib/frameworks/lint";
import { limitsAt, type FrameworkFieldCode } from "@/lib/frameworks/schema";
import type { Framework } from "@/lib/scoring";

// A framework's problems (lib/frameworks/schema.ts) and warnings (lib/frameworks/lint.ts) come
// as codes, found in the browser or sent by the server; the editor and the import put them in
// the reader's language (part "errors.framework"), each after the field it is about.

type ProblemKey = Parameters<ReturnType<typeof useTranslations<"errors.framework">>>[0];

/** Each code a framework's field can have, with the server's own "reserved-id". */
export const PROBLEM_WORDS = {
  required: "code.required",
  "too-long": "code.tooLong",
  "too-few": "code.tooFew",
  "too-many": "code.tooMany",
  "not-a-list": "code.notAList",
  "not-an-object": "code.notAnObject",
  "invalid-id": "code.invalidId",
  "reserved-id": "code.reservedId",
  duplicate: "code.duplicate",
  "invalid-choice": "code.invalidChoice",
  "out-of-range": "code.outOfRange",
  "not-a-score": "code.notAScore",
  "unknown-criterion": "code.unknownCriterion",
  "unknown-option": "code.unknownOption",
  "bounds-need-criterion": "code.boundsNeedCriterion",
  invalid: "code.invalid",
} as const satisfies Record<FrameworkFieldCode | "reserved-id", ProblemKey>;

/** The words that name a limit, and which of the field's limits they name. */
const BOUNDED: Partial<Record<FieldErrorCode, "min" | "max">> = {
  "too-long": "max",
  "too-few": "min",
  "too-many": "max",
};

/**
 * The words for a problem of the framework's field at `path` ("criteria.2.name", as the file
 * format names it), with the limit the check applied read off the file format.
 */
export function useProblemWords(): (path: string, code: string) => string {
  const t = useTranslations("errors.framework");
  return (path, code) => {
    if (!Object.hasOwn(PROBLEM_WORDS, code)) return t("code.invalid");
    const known = code as keyof typeof PROBLEM_WORDS;
    const bound = BOUNDED[known];
    if (!bound) return t(PROBLEM_WORDS[known]);
    const limit = limitsAt(path)[bound];
    // A limit the format does not have for this field leaves only "not valid".
    return limit === undefined ? t("code.invalid") : t(PROBLEM_WORDS[known], { [bound]: limit });
  };
}

/** The words for the preview's warnings about a valid framework. */
export function useWarningWords(
  framework: Framework | null,
): (warning: FrameworkWarning) => string {
  const words = useTranslations("errors.framework.warning");
  const option = (id: string) => framework?.options.find((entry) => entry.id === id)?.name ?? id;
  const criterion = (id: string) =>
    framework?.criteria.find((entry) => entry.id === id)?.name ?? id;
  return (warning) => {
    switch (warning.kind) {
      case "identical-profiles":
        return words("identicalProfiles", {
          option: option(warning.optionIds[0]),
          other: option(warning.optionIds[1]),
        });
      case "criterion-without-effect":
        return words("criterionWithoutEffect", { criterion: criterion(warning.criterionId) });
      case "never-wins":
        return words("neverWins", { option: option(warning.optionId), total: warning.total });
      case "rarely-wins":
        return words("rarelyWins", {
          option: option(warning.optionId),
          count: warning.count,
          total: warning.total,
        });
    }
  };
}

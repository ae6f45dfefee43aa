import { useTranslations } from "next-intl";
import { isFieldErrorCode, type FieldErrorCode } from "@/lib/errors";
import { DECISION_LIMITS } from "@/lib/decisions/limits";
import { FRAMEWORK_LIMITS } from "@/lib/scoring/framework";
import { LIMITS } from "@/lib/workshops/limits";
import { useFailureWords, type ApiFailureCode } from "./failure-words";

// A field's error comes as a code (lib/errors.ts FieldErrorCode), from the schema in the browser
// or from the server's `fields`; the UI words it in the reader's language (part "errors.field").
// Where a code reads differently per field ("Enter a title.", "Enter your name."), the field
// has words of its own; every other code has words that fit any field.
//
// Words that name a number take it from the limits the forms already size their inputs by
// (lib/workshops/limits.ts, lib/decisions/limits.ts): the API sends codes only, and a limit is
// defined once, so the words cannot say another number than the check applied.

type FieldKey = Parameters<ReturnType<typeof useTranslations<"errors.field">>>[0];

/** Each code's words for any field. */
export const CODE_WORDS = {
  required: "code.required",
  "not-text": "code.notText",
  "too-long": "code.tooLong",
  "control-character": "code.controlCharacter",
  "broken-character": "code.brokenCharacter",
  "direction-control": "code.directionControl",
  "invalid-email": "code.invalidEmail",
  "not-whole-number": "code.notWholeNumber",
  "too-small": "code.tooSmall",
  "too-big": "code.tooBig",
  "out-of-range": "code.outOfRange",
  "invalid-choice": "code.invalidChoice",
  "not-offered": "code.notOffered",
  "unknown-criterion": "code.unknownCriterion",
  "unknown-option": "code.unknownOption",
  "invalid-date": "code.invalidDate",
  "invalid-date-time": "code.invalidDateTime",
  "not-in-future": "code.notInFuture",
  "too-early": "code.tooEarly",
  "async-only": "code.asyncOnly",
  "not-a-list": "code.notAList",
  "too-few": "code.tooFew",
  "too-many": "code.tooMany",
  duplicate: "code.duplicate",
  "roles-mismatch": "code.rolesMismatch",
  "not-json": "code.notJson",
  "not-an-object": "code.notAnObject",
  "nothing-changed": "code.nothingChanged",
  "invalid-id": "code.invalidId",
  "reserved-id": "code.reservedId",
  "not-a-score": "code.notAScore",
  "bounds-need-criterion": "code.boundsNeedCriterion",
  invalid: "code.invalid",
} as const satisfies Record<FieldErrorCode, FieldKey>;

interface OwnWords {
  /** The field's own words, by code; other codes get CODE_WORDS. */
  words: Partial<Record<FieldErrorCode, FieldKey>>;
  /** The numbers its words name. */
  values?: { min?: number; max?: number };
}

const email: OwnWords = { words: { "not-text": "email.notText", "too-long": "email.tooLong" } };
const reason = (max: number): OwnWords => ({
  words: { "not-text": "reason.notText", "too-long": "reason.tooLong" },
  values: { max },
});

/**
 * The fields with words of their own, by path without list positions ("owners.name" for
 * "owners.2.name"; "weights.*" for one criterion's weight). Paths of different forms that mean
 * different things never meet here: the forms' schemas name them apart.
 */
export const OWN_WORDS: Record<string, OwnWords> = {
  // Starting a workshop (lib/workshops/schema.ts).
  title: {
    words: { required: "title.required", "too-long": "title.tooLong" },
    values: { max: LIMITS.title },
  },
  teamName: {
    words: { required: "teamName.required", "too-long": "teamName.tooLong" },
    values: { max: LIMITS.teamName },
  },
  description: {
    words: { "not-text": "description.notText", "too-long": "description.tooLong" },
    values: { max: LIMITS.description },
  },
  teamSize: {
    words: {
      "not-whole-number": "teamSize.notWholeNumber",
      "too-small": "teamSize.tooSmall",
      "too-big": "teamSize.tooBig",
    },
    values: LIMITS.teamSize,
  },
  frameworkId: {
    words: { required: "frameworkId.required", "not-offered": "frameworkId.notOffered" },
  },
  deadline: { words: { required: "deadline.required", "not-in-future": "deadline.notInFuture" } },
  notifyEmail: email,
  // Joining.
  displayName: {
    words: { required: "displayName.required", "too-long": "displayName.tooLong" },
    values: { max: LIMITS.displayName },
  },
  role: { words: { "invalid-choice": "role.invalidChoice" } },
  email,
  // A ballot and the weights.
  answers: {
    words: {
      "not-a-list": "answers.notAList",
      "too-few": "answers.tooFew",
      "too-many": "answers.tooMany",
      duplicate: "answers.duplicate",
    },
    values: { max: FRAMEWORK_LIMITS.criteria },
  },
  "answers.criterionId": { words: { required: "criterionId.required" } },
  "answers.score": {
    words: {
      "not-whole-number": "score.range",
      "too-small": "score.range",
      "too-big": "score.range",
    },
    values: LIMITS.score,
  },
  "answers.rationale": reason(LIMITS.rationale),
  weights: {
    words: { "too-many": "weights.tooMany", "unknown-criterion": "weights.unknownCriterion" },
    values: { max: FRAMEWORK_LIMITS.criteria },
  },
  "weights.*": {
    words: {
      "not-whole-number": "weight.range",
      "too-small": "weight.range",
      "too-big": "weight.range",
    },
    values: LIMITS.weight,
  },
  // Share links.
  label: {
    words: { required: "label.required", "too-long": "label.tooLong" },
    values: { max: LIMITS.shareLinkLabel },
  },
  expiresAt: { words: { "not-in-future": "expiresAt.notInFuture" } },
  // The decision record (lib/decisions/schema.ts).
  optionId: { words: { required: "optionId.required", "not-offered": "optionId.notOffered" } },
  rationale: {
    words: {
      required: "rationale.required",
      "not-text": "reason.notText",
      "too-long": "reason.tooLong",
    },
    values: { max: DECISION_LIMITS.rationale },
  },
  hybridNotes: {
    words: { "not-text": "hybridNotes.notText", "too-long": "hybridNotes.tooLong" },
    values: { max: DECISION_LIMITS.hybridNotes },
  },
  pilotModel: {
    words: { required: "pilotModel.required", "too-long": "pilotModel.tooLong" },
    values: { max: DECISION_LIMITS.pilotModel },
  },
  owners: {
    words: { "too-many": "owners.tooMany", "roles-mismatch": "owners.rolesMismatch" },
    values: { max: DECISION_LIMITS.owners },
  },
  "owners.name": {
    words: { required: "ownerName.required", "too-long": "ownerName.tooLong" },
    values: { max: DECISION_LIMITS.ownerName },
  },
  pilotEnd: { words: { "too-early": "pilotEnd.tooEarly" } },
  reviewOn: { words: { "too-early": "reviewOn.tooEarly" } },
  owner: {
    words: { "not-text": "owner.notText", "too-long": "owner.tooLong" },
    values: { max: DECISION_LIMITS.ownerName },
  },
  signatories: {
    words: {
      "too-few": "signatories.tooFew",
      "too-many": "signatories.tooMany",
      duplicate: "signatories.duplicate",
    },
    values: { max: DECISION_LIMITS.signatories },
  },
  "signatories.name": {
    words: { required: "signatoryName.required", "too-long": "signatoryName.tooLong" },
    values: { max: DECISION_LIMITS.signatoryName },
  },
  "signatories.email": email,
  version: { words: { "not-whole-number": "version.missing", "too-small": "version.missing" } },
  answer: { words: { "invalid-choice": "answer.invalidChoice" } },
  comment: {
    words: {
      required: "comment.required",
      "not-text": "comment.notText",
      "too-long": "comment.tooLong",
    },
    values: { max: DECISION_LIMITS.signOffComment },
  },
  // Frameworks (lib/authoring/schema.ts).
  basedOn: { words: { "not-whole-number": "basedOn.missing", "too-small": "basedOn.missing" } },
  definition: { words: { "not-an-object": "definition.notAnObject" } },
};

/** A field's path as OWN_WORDS names it: list positions left out, a weight by any criterion. */
export function fieldOf(path: string): string {
  const parts = path.split(".").filter((part) => !/^\d+$/.test(part));
  return parts[0] === "weights" && parts.length > 1 ? "weights.*" : parts.join(".");
}

/** The message key and numbers for `code` at `path`. */
export function fieldWordsFor(
  path: string,
  code: FieldErrorCode,
): { key: FieldKey; values: { min?: number; max?: number } } {
  const own = Object.hasOwn(OWN_WORDS, fieldOf(path)) ? OWN_WORDS[fieldOf(path)] : undefined;
  const key = own?.words[code];
  return key ? { key, values: own?.values ?? {} } : { key: CODE_WORDS[code], values: {} };
}

/** The words for field errors, in the reader's language. */
export function useFieldWords() {
  const t = useTranslations("errors.field");
  const failureWords = useFailureWords();
  /** The words for what is wrong at `path` (a code this UI does not know is "invalid"). */
  const field = (path: string, code: string): string => {
    const { key, values } = fieldWordsFor(path, isFieldErrorCode(code) ? code : "invalid");
    return t(key, values);
  };
  return {
    field,
    /** Words for each field of `fields` (path to code). */
    fields: (fields: Readonly<Record<string, string>>): Record<string, string> =>
      Object.fromEntries(Object.entries(fields).map(([path, code]) => [path, field(path, code)])),
    /**
     * A failed call in one sentence, for a control with one place to say it: the words for its
     * first field when it names one, else for its code.
     */
    failure: (failure: { code: ApiFailureCode; fields: Readonly<Record<string, string>> }) => {
      const [first] = Object.entries(failure.fields);
      return first ? field(...first) : failureWords(failure.code);
    },
  };
}

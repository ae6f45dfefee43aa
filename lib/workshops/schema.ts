// First: it decides how the schemas below are built in the browser.
import "@/lib/http/zod-in-browser";
import { z } from "zod";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { issue } from "@/lib/errors";
import { isWellFormed } from "@/lib/http/well-formed";
import { participantRoles } from "./roles";
import { isFrameworkId } from "@/lib/frameworks/catalogue";
import { FRAMEWORK_LIMITS, ID_PATTERN } from "@/lib/scoring/framework";
import { idSchema, isId } from "@/lib/ids";
import { LIMITS } from "./limits";

// Every input of the workshop domain, validated before anything touches the database: by the
// route handlers, and with the same schemas by the forms in the browser. Each check's message is
// a field error code (lib/errors.ts FieldErrorCode), which the UI words in the reader's language
// (components/ui/error-words.ts), per field where the words differ.
//
// The limits come from ./limits.ts (e-mail addresses: lib/auth/email-limit.ts), which the forms
// read too. The CHECK constraints in prisma/migrations/*/migration.sql repeat them in SQL: the
// length CHECKs on workshops (title, team_name, description, notify_email), participants
// (display_name, email), votes (rationale, score) and share_links (label), and the range CHECKs
// on workshops.team_size (migration 20261204160000_team_size_limit) and workshops.weights.
// limits.db.test.ts tries each limit and one past it against the CHECKs, so SQL and schema cannot
// drift apart. JavaScript counts UTF-16 units, never fewer than PostgreSQL's characters, so text
// that passes here also passes there.

/**
 * Every text field: PostgreSQL text cannot hold NUL, and text that is not well-formed Unicode (a
 * lone surrogate, which JSON can carry) fails in json and is mangled in text. Without these
 * checks such input would fail as a server error or be stored as something else.
 */
function plainText(schema: z.ZodString) {
  return schema
    .refine((value) => !value.includes("\0"), issue("control-character"))
    .refine(isWellFormed, issue("broken-character"));
}

/** Characters that show nothing by themselves: spaces, controls, format and zero-width marks. */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;

/**
 * Bidirectional embedding, override and isolate controls (U+202A-202E, U+2066-2069). In a name
 * they reorder how the text shown after it reads (a name can make "Revealed" read as anything),
 * and a name never needs them: browsers order right-to-left scripts by themselves.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/u;

/** Whether the text shows at least one character (a name of only invisible ones is blank). */
export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, "") !== "";
}

/** A required name or title: one that others see, so it must show something and spoof nothing. */
export function requiredText(max: number) {
  return plainText(
    z.string(issue("required")).trim().min(1, issue("required")).max(max, issue("too-long")),
  )
    .refine(hasVisibleText, issue("required"))
    .refine((value) => !BIDI_CONTROLS.test(value), issue("direction-control"));
}

/** Optional text: blank means "none", which is null. */
export function optionalText(max: number) {
  return plainText(z.string(issue("not-text")).trim().max(max, issue("too-long"))).transform(
    (value) => (value === "" ? null : value),
  );
}

/**
 * An optional address for the workshop's own e-mails (issue 6): blank means none (null).
 * Normalised like sign-in addresses; it is only ever used to send those mails.
 */
const optionalEmailAddress = z
  .string(issue("not-text"))
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(emailAddressSchema.nullable())
  .optional();

export const workshopModes = ["live", "async"] as const;
export const deadlineActions = ["reveal", "close"] as const;

/** A moment with an explicit time zone, so the server never guesses whose clock was meant. */
const moment = z.union(
  [z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))],
  issue("invalid-date-time"),
);

/** A deadline for an async workshop's voting: every deadline the app takes is in the future. */
const futureDeadline = moment.refine((date) => date.getTime() > Date.now(), issue("not-in-future"));

export const createWorkshopSchema = z
  .object({
    title: requiredText(LIMITS.title),
    teamName: requiredText(LIMITS.teamName),
    description: optionalText(LIMITS.description).optional(),
    teamSize: z
      .int(issue("not-whole-number"))
      .min(LIMITS.teamSize.min, issue("too-small"))
      .max(LIMITS.teamSize.max, issue("too-big"))
      .optional(),
    /** A built-in framework's id, or the id of one of the caller's own (lib/authoring). */
    frameworkId: z
      .string(issue("required"))
      .refine((id) => isFrameworkId(id) || isId(id), issue("not-offered")),
    mode: z.enum(workshopModes, issue("invalid-choice")),
    deadline: futureDeadline.optional(),
    deadlineAction: z.enum(deadlineActions, issue("invalid-choice")).default("reveal"),
    anonymous: z.boolean(issue("invalid-choice")).default(false),
    /** Reveal the round as soon as everyone who joined has voted. */
    autoReveal: z.boolean(issue("invalid-choice")).default(false),
    /** Where to send "everyone has voted". */
    notifyEmail: optionalEmailAddress,
  })
  .refine((input) => input.deadline === undefined || input.mode === "async", {
    error: issue("async-only"),
    path: ["deadline"],
  });

/** A new deadline for an async workshop's voting: moved later or earlier, never into the past. */
export const setDeadlineSchema = z.object({ deadline: futureDeadline });
export type SetDeadlineInput = z.infer<typeof setDeadlineSchema>;

/**
 * Running a workshop again: everything else is copied from it. An async workshop's re-run needs
 * its own deadline (the old one has passed), under the same rule as at creation; whether one
 * must or may be given depends on the copied mode, which the mutation checks.
 */
export const rerunWorkshopSchema = z.object({ deadline: futureDeadline.optional() });
export type RerunWorkshopInput = z.infer<typeof rerunWorkshopSchema>;

/** "Reveal as soon as everyone has voted", on or off. */
export const setAutoRevealSchema = z.object({
  autoReveal: z.boolean(issue("invalid-choice")),
});
export type SetAutoRevealInput = z.infer<typeof setAutoRevealSchema>;

export const joinWorkshopSchema = z.object({
  displayName: requiredText(LIMITS.displayName),
  role: z.enum(participantRoles, issue("invalid-choice")),
  /** Where to send the deadline reminder and the results link. */
  email: optionalEmailAddress,
});

/**
 * A criterion id as frameworks spell them. Whether it is one of the workshop's own criteria is
 * for the database to say, against the workshop's frozen framework: any valid framework may be
 * the workshop's, so no list of known ids can stand in for it here.
 */
const criterionId = z
  .string(issue("required"))
  .max(FRAMEWORK_LIMITS.idLength, issue("unknown-criterion"))
  .regex(ID_PATTERN, issue("unknown-criterion"));

/** A whole number within bounds, as scores and weights are. */
function wholeNumber({ min, max }: { min: number; max: number }) {
  return z.int(issue("not-whole-number")).min(min, issue("too-small")).max(max, issue("too-big"));
}

/** One answer of a ballot. */
export const answerSchema = z.object({
  criterionId,
  // null is "not sure": an answer, but never counted as a score.
  score: wholeNumber(LIMITS.score).nullable(),
  // Left out: the saved rationale stays as it is; blank or null: it is cleared.
  rationale: optionalText(LIMITS.rationale).nullable().optional(),
});

/** No framework asks more questions than this, so no ballot holds more answers. */
const mostCriteria = FRAMEWORK_LIMITS.criteria;

/**
 * Answers of the caller's ballot in one round: one while someone taps through it, the whole
 * ballot when answers pile up behind a slow save, or when a phone comes back online.
 */
export const saveAnswersSchema = z.object({
  roundId: idSchema,
  answers: z
    .array(answerSchema, issue("not-a-list"))
    .min(1, issue("too-few"))
    .max(mostCriteria, issue("too-many"))
    .refine(
      (answers) => new Set(answers.map((answer) => answer.criterionId)).size === answers.length,
      issue("duplicate"),
    ),
});

/** Per criterion id, a weight from 0 (left out) to 3; null goes back to equal weights. */
export const setWeightsSchema = z.object({
  weights: z
    .record(criterionId, wholeNumber(LIMITS.weight), issue("not-an-object"))
    .refine(
      (weights) => Object.keys(weights).length <= FRAMEWORK_LIMITS.criteria,
      issue("too-many"),
    )
    .nullable()
    // An empty map sets nothing: it is the same as equal weights.
    .transform((weights) => (weights && Object.keys(weights).length > 0 ? weights : null)),
});

export const shareLinkModes = ["live", "snapshot"] as const;

export const createShareLinkSchema = z.object({
  label: requiredText(LIMITS.shareLinkLabel),
  mode: z.enum(shareLinkModes, issue("invalid-choice")),
  // What the link shows. Left out, the careful choice: no names, reasons without authors, no CSV.
  showNames: z.boolean(issue("invalid-choice")).default(false),
  showReasons: z.boolean(issue("invalid-choice")).default(true),
  showCsv: z.boolean(issue("invalid-choice")).default(false),
  expiresAt: moment
    .refine((date) => date.getTime() > Date.now(), issue("not-in-future"))
    .optional(),
});

export type CreateWorkshopInput = z.infer<typeof createWorkshopSchema>;
export type JoinWorkshopInput = z.infer<typeof joinWorkshopSchema>;
export type AnswerInput = z.infer<typeof answerSchema>;
export type SaveAnswersInput = z.infer<typeof saveAnswersSchema>;
export type SetWeightsInput = z.infer<typeof setWeightsSchema>;
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

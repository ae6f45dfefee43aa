// First: it decides how the schemas below are built in the browser.
import "@/lib/http/zod-in-browser";
import { z } from "zod";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { isWellFormed } from "@/lib/http/well-formed";
import { participantRoles } from "./roles";
import { isFrameworkId } from "@/lib/frameworks/catalogue";
import { FRAMEWORK_LIMITS, ID_PATTERN } from "@/lib/scoring/framework";
import { idSchema, isId } from "@/lib/ids";
import { LIMITS } from "./limits";

// Every input of the workshop domain, validated before anything touches the database: by the
// route handlers, and with the same schemas by the forms in the browser. Messages are shown to
// users as they are.
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
    .refine((value) => !value.includes("\0"), "Remove the invisible control character.")
    .refine(isWellFormed, "Remove the broken character: this is not valid text.");
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
export function requiredText(what: string, max: number) {
  return plainText(
    z
      .string(`Enter ${what}.`)
      .trim()
      .min(1, `Enter ${what}.`)
      .max(max, `Keep ${what} to ${max} characters or fewer.`),
  )
    .refine(hasVisibleText, `Enter ${what}.`)
    .refine(
      (value) => !BIDI_CONTROLS.test(value),
      "Remove the invisible text-direction control character.",
    );
}

/** Optional text: blank means "none", which is null. */
export function optionalText(what: string, max: number) {
  return plainText(
    z
      .string(`Enter ${what} as text.`)
      .trim()
      .max(max, `Keep ${what} to ${max} characters or fewer.`),
  ).transform((value) => (value === "" ? null : value));
}

/**
 * An optional address for the workshop's own e-mails (issue 6): blank means none (null).
 * Normalised like sign-in addresses; it is only ever used to send those mails.
 */
const optionalEmailAddress = z
  .string("Enter the e-mail address as text.")
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(emailAddressSchema.nullable())
  .optional();

export const workshopModes = ["live", "async"] as const;
export const deadlineActions = ["reveal", "close"] as const;

/** A moment with an explicit time zone, so the server never guesses whose clock was meant. */
const moment = z.union(
  [z.date(), z.iso.datetime({ offset: true }).transform((value) => new Date(value))],
  "Enter a date and time with its time zone.",
);

/** A deadline for an async workshop's voting: every deadline the app takes is in the future. */
const futureDeadline = moment.refine(
  (date) => date.getTime() > Date.now(),
  "Choose a deadline in the future.",
);

export const createWorkshopSchema = z
  .object({
    title: requiredText("a title", LIMITS.title),
    teamName: requiredText("the team's name", LIMITS.teamName),
    description: optionalText("the description", LIMITS.description).optional(),
    teamSize: z
      .int("Enter the team size as a whole number.")
      .min(LIMITS.teamSize.min, "A team has at least one person.")
      .max(LIMITS.teamSize.max, `Enter a team size of at most ${LIMITS.teamSize.max}.`)
      .optional(),
    /** A built-in framework's id, or the id of one of the caller's own (lib/authoring). */
    frameworkId: z
      .string("Choose a framework.")
      .refine((id) => isFrameworkId(id) || isId(id), "Choose one of the offered frameworks."),
    mode: z.enum(workshopModes, "Choose live or async."),
    deadline: futureDeadline.optional(),
    deadlineAction: z
      .enum(deadlineActions, "Choose what happens at the deadline.")
      .default("reveal"),
    anonymous: z.boolean("Choose named or anonymous.").default(false),
    /** Reveal the round as soon as everyone who joined has voted. */
    autoReveal: z.boolean("Choose whether to reveal once everyone has voted.").default(false),
    /** Where to send "everyone has voted". */
    notifyEmail: optionalEmailAddress,
  })
  .refine((input) => input.deadline === undefined || input.mode === "async", {
    error: "Only an async workshop has a deadline.",
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
  autoReveal: z.boolean("Choose on or off."),
});
export type SetAutoRevealInput = z.infer<typeof setAutoRevealSchema>;

export const joinWorkshopSchema = z.object({
  displayName: requiredText("your name", LIMITS.displayName),
  role: z.enum(participantRoles, "Choose your role."),
  /** Where to send the deadline reminder and the results link. */
  email: optionalEmailAddress,
});

/**
 * A criterion id as frameworks spell them. Whether it is one of the workshop's own criteria is
 * for the database to say, against the workshop's frozen framework: any valid framework may be
 * the workshop's, so no list of known ids can stand in for it here.
 */
const criterionId = z
  .string("Choose a criterion.")
  .max(FRAMEWORK_LIMITS.idLength, "This criterion is not part of the workshop.")
  .regex(ID_PATTERN, "This criterion is not part of the workshop.");

const scoreMessage = `Choose a score from ${LIMITS.score.min} to ${LIMITS.score.max}, or not sure.`;
const weightMessage = `Choose a weight from ${LIMITS.weight.min} to ${LIMITS.weight.max}.`;

/** One answer of a ballot. */
export const answerSchema = z.object({
  criterionId,
  // null is "not sure": an answer, but never counted as a score.
  score: z
    .int(scoreMessage)
    .min(LIMITS.score.min, scoreMessage)
    .max(LIMITS.score.max, scoreMessage)
    .nullable(),
  // Left out: the saved rationale stays as it is; blank or null: it is cleared.
  rationale: optionalText("the reason", LIMITS.rationale).nullable().optional(),
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
    .array(answerSchema, "Send the answers as a list.")
    .min(1, "Send at least one answer.")
    .max(mostCriteria, `Send at most ${mostCriteria} answers.`)
    .refine(
      (answers) => new Set(answers.map((answer) => answer.criterionId)).size === answers.length,
      "Send each criterion once.",
    ),
});

/** Per criterion id, a weight from 0 (left out) to 3; null goes back to equal weights. */
export const setWeightsSchema = z.object({
  weights: z
    .record(
      criterionId,
      z
        .int(weightMessage)
        .min(LIMITS.weight.min, weightMessage)
        .max(LIMITS.weight.max, weightMessage),
    )
    .refine(
      (weights) => Object.keys(weights).length <= FRAMEWORK_LIMITS.criteria,
      `Set at most ${FRAMEWORK_LIMITS.criteria} weights.`,
    )
    .nullable()
    // An empty map sets nothing: it is the same as equal weights.
    .transform((weights) => (weights && Object.keys(weights).length > 0 ? weights : null)),
});

export const shareLinkModes = ["live", "snapshot"] as const;

export const createShareLinkSchema = z.object({
  label: requiredText("a label", LIMITS.shareLinkLabel),
  mode: z.enum(shareLinkModes, "Choose live or frozen."),
  // What the link shows. Left out, the careful choice: no names, reasons without authors, no CSV.
  showNames: z.boolean("Choose whether names are shown.").default(false),
  showReasons: z.boolean("Choose whether reasons are shown.").default(true),
  showCsv: z.boolean("Choose whether the CSV is offered.").default(false),
  expiresAt: moment
    .refine((date) => date.getTime() > Date.now(), "Choose an expiry in the future.")
    .optional(),
});

export type CreateWorkshopInput = z.infer<typeof createWorkshopSchema>;
export type JoinWorkshopInput = z.infer<typeof joinWorkshopSchema>;
export type AnswerInput = z.infer<typeof answerSchema>;
export type SaveAnswersInput = z.infer<typeof saveAnswersSchema>;
export type SetWeightsInput = z.infer<typeof setWeightsSchema>;
export type CreateShareLinkInput = z.infer<typeof createShareLinkSchema>;

// First: it decides how the schemas below are built in the browser.
import "@/lib/http/zod-in-browser";
import { z } from "zod";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { issue } from "@/lib/errors";
import { optionalText, requiredText } from "@/lib/workshops/schema";
import { DECISION_LIMITS } from "./limits";

export { DECISION_LIMITS };

// The decision record's input, checked in the browser and again on the server. What depends on
// the workshop's framework (which options and roles exist, whether the choice differs from the
// recommendation) is checked where the framework is at hand, in ./record.ts. Each check's
// message is a field error code (lib/errors.ts), worded by the UI; the limits are ./limits.ts.

/** A calendar day, as the date field of a form gives it: 2026-12-24. */
const day = z.iso.date(issue("invalid-date"));

export const stepStatuses = ["todo", "doing", "done"] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const recordDecisionSchema = z
  .object({
    optionId: z.string(issue("required")).min(1, issue("required")),
    rationale: optionalText(DECISION_LIMITS.rationale).optional(),
    hybridNotes: optionalText(DECISION_LIMITS.hybridNotes).optional(),
    pilotModel: requiredText(DECISION_LIMITS.pilotModel),
    owners: z
      .array(
        z.object({
          role: z.string(issue("required")),
          name: requiredText(DECISION_LIMITS.ownerName),
        }),
        issue("not-a-list"),
      )
      .max(DECISION_LIMITS.owners, issue("too-many")),
    pilotStart: day,
    pilotEnd: day,
    reviewOn: day,
  })
  .refine((input) => input.pilotEnd > input.pilotStart, {
    error: issue("too-early"),
    path: ["pilotEnd"],
  })
  .refine((input) => input.reviewOn > input.pilotEnd, {
    error: issue("too-early"),
    path: ["reviewOn"],
  });
export type RecordDecisionInput = z.infer<typeof recordDecisionSchema>;

/** A change to one step of the follow-through: any of its status, owner and due date. */
export const updateStepSchema = z
  .object({
    status: z.enum(stepStatuses, issue("invalid-choice")).optional(),
    owner: optionalText(DECISION_LIMITS.ownerName).optional(),
    dueOn: day.nullable().optional(),
  })
  .refine((input) => Object.keys(input).length > 0, issue("nothing-changed"));
export type UpdateStepInput = z.infer<typeof updateStepSchema>;

/** The people the facilitator asks to sign off, by name and e-mail address. */
export const requestSignOffsSchema = z.object({
  signatories: z
    .array(
      z.object({
        name: requiredText(DECISION_LIMITS.signatoryName),
        email: emailAddressSchema,
      }),
      issue("not-a-list"),
    )
    .min(1, issue("too-few"))
    .max(DECISION_LIMITS.signatories, issue("too-many"))
    .refine(
      (people) => new Set(people.map((person) => person.email)).size === people.length,
      issue("duplicate"),
    ),
});
export type RequestSignOffsInput = z.infer<typeof requestSignOffsSchema>;

export const signOffAnswers = ["approved", "changes_requested"] as const;
export type SignOffAnswer = (typeof signOffAnswers)[number];

/** A signatory's answer for the version they read; asking for changes needs a comment. */
export const answerSignOffSchema = z
  .object({
    version: z.int(issue("not-whole-number")).min(1, issue("too-small")),
    answer: z.enum(signOffAnswers, issue("invalid-choice")),
    comment: optionalText(DECISION_LIMITS.signOffComment).optional(),
  })
  // Asking for changes needs a comment: the field is required then.
  .refine((input) => input.answer === "approved" || input.comment != null, {
    error: issue("required"),
    path: ["comment"],
  });
export type AnswerSignOffInput = z.infer<typeof answerSignOffSchema>;

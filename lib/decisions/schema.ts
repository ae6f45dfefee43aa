// First: it decides how the schemas below are built in the browser.
import "@/lib/http/zod-in-browser";
import { z } from "zod";
import { emailAddressSchema } from "@/lib/auth/email-address";
import { optionalText, requiredText } from "@/lib/workshops/schema";

// The decision record's input, checked in the browser and again on the server. What depends on
// the workshop's framework (which options and roles exist, whether the choice differs from the
// recommendation) is checked where the framework is at hand, in ./record.ts.

/** Characters, after trimming; the CHECKs of migration 20261205000000_decisions repeat them. */
export const DECISION_LIMITS = {
  rationale: 2000,
  hybridNotes: 2000,
  pilotModel: 120,
  ownerName: 80,
  stepTitle: 200,
  signatoryName: 80,
  signOffComment: 2000,
  /** People asked to sign off one workshop's decision, removed ones not counted. */
  signatories: 12,
} as const;

/** A calendar day, as the date field of a form gives it: 2026-12-24. */
const day = z.iso.date("Enter a date.");

export const stepStatuses = ["todo", "doing", "done"] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const recordDecisionSchema = z
  .object({
    optionId: z.string("Choose what the team decided.").min(1, "Choose what the team decided."),
    rationale: optionalText("the reason", DECISION_LIMITS.rationale).optional(),
    hybridNotes: optionalText("the notes", DECISION_LIMITS.hybridNotes).optional(),
    pilotModel: requiredText("what to pilot on", DECISION_LIMITS.pilotModel),
    owners: z
      .array(
        z.object({
          role: z.string(),
          name: requiredText("a name", DECISION_LIMITS.ownerName),
        }),
        "Send the owners as a list.",
      )
      .max(12, "Name at most 12 owners."),
    pilotStart: day,
    pilotEnd: day,
    reviewOn: day,
  })
  .refine((input) => input.pilotEnd > input.pilotStart, {
    error: "End the pilot after it starts.",
    path: ["pilotEnd"],
  })
  .refine((input) => input.reviewOn > input.pilotEnd, {
    error: "Review the decision after the pilot has ended.",
    path: ["reviewOn"],
  });
export type RecordDecisionInput = z.infer<typeof recordDecisionSchema>;

/** A change to one step of the follow-through: any of its status, owner and due date. */
export const updateStepSchema = z
  .object({
    status: z.enum(stepStatuses, "Choose to do, doing or done.").optional(),
    owner: optionalText("the owner", DECISION_LIMITS.ownerName).optional(),
    dueOn: day.nullable().optional(),
  })
  .refine((input) => Object.keys(input).length > 0, "Change at least one thing.");
export type UpdateStepInput = z.infer<typeof updateStepSchema>;

/** The people the facilitator asks to sign off, by name and e-mail address. */
export const requestSignOffsSchema = z.object({
  signatories: z
    .array(
      z.object({
        name: requiredText("their name", DECISION_LIMITS.signatoryName),
        email: emailAddressSchema,
      }),
      "Send the people as a list.",
    )
    .min(1, "Add at least one person.")
    .max(DECISION_LIMITS.signatories, `Ask at most ${DECISION_LIMITS.signatories} people.`)
    .refine(
      (people) => new Set(people.map((person) => person.email)).size === people.length,
      "Each address only once.",
    ),
});
export type RequestSignOffsInput = z.infer<typeof requestSignOffsSchema>;

export const signOffAnswers = ["approved", "changes_requested"] as const;
export type SignOffAnswer = (typeof signOffAnswers)[number];

/** A signatory's answer for the version they read; asking for changes needs a comment. */
export const answerSignOffSchema = z
  .object({
    version: z.int("Send the version you read.").min(1, "Send the version you read."),
    answer: z.enum(signOffAnswers, "Choose to approve or to ask for changes."),
    comment: optionalText("your comment", DECISION_LIMITS.signOffComment).optional(),
  })
  .refine((input) => input.answer === "approved" || input.comment != null, {
    error: "Say what should change, so the team can act on it.",
    path: ["comment"],
  });
export type AnswerSignOffInput = z.infer<typeof answerSignOffSchema>;

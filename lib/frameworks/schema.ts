import { z } from "zod";
import {
  FRAMEWORK_LIMITS,
  ID_PATTERN,
  ScoringInputError,
  validateFramework,
  type Framework,
} from "@/lib/scoring";

// The file format of a framework: a JSON document of the Framework type. The shape below says
// what each field is, so that docs/framework.schema.json (generated from it by
// scripts/framework-schema.ts) can help whoever writes a file; the refinement at the end runs
// validateFramework, which remains the one source of truth for what is valid (cross-references
// such as a profile naming every criterion cannot be written as a shape). schema.test.ts checks
// that this schema accepts exactly what validateFramework accepts.

/** Like the scoring library's isText: a string that is not blank. */
const text = z.string().regex(/\S/, "must be a non-empty text");
const texts = z.array(text);
const id = z
  .string()
  .max(FRAMEWORK_LIMITS.idLength)
  .regex(ID_PATTERN, "must be made of letters, digits, - or _");

const criterionSchema = z
  .object({
    id,
    name: text,
    kind: z.enum(["need", "capacity"]),
    anchors: z
      .strictObject({
        1: text,
        2: text.optional(),
        3: text.optional(),
        4: text.optional(),
        5: text,
      })
      .describe("What each score means; 1 and 5 are required."),
    help: text.describe("Shown beside the scale while voting."),
    label: text.describe('Lower-case name used inside sentences, e.g. "iteration speed".'),
    shortfall: text.describe(
      "A critical gap in words; {option}, {profile} and {team} are filled in.",
    ),
  })
  .describe("Something the team scores from 1 to 5.");

const implementationSchema = z.object({
  pilot: text,
  roles: text,
  scaling: text,
  review: text,
  owners: z
    .array(text)
    .min(1)
    .optional()
    .describe("The roles a decision for this option names owners for."),
});

const optionSchema = z.object({
  id,
  name: text,
  summary: text,
  profile: z
    .record(z.string(), z.literal([1, 2, 3, 4, 5]))
    .describe("The option's value on every criterion, by criterion id."),
  habitat: text.optional(),
  strengths: texts.optional(),
  weaknesses: texts.optional(),
  implementation: implementationSchema.optional(),
  risks: texts.optional(),
});

const tradeOffSchema = z.object({
  id,
  dimension: text,
  cells: z.record(z.string(), text).describe("One text per option id."),
  criteria: z.array(z.string()).optional(),
});

const factSchema = z.object({
  id,
  question: text,
  answer: text,
  appliesWhen: z
    .object({
      recommended: z.string().optional(),
      criterion: z.string().optional(),
      atMost: z.number().min(1).max(5).optional(),
      atLeast: z.number().min(1).max(5).optional(),
    })
    .optional(),
});

/** The framework file format. Parses JSON data only; nothing in a file is ever executed. */
export const frameworkSchema = z
  .object({
    id,
    name: text,
    question: text.describe("The decision in one question, as the team would ask it."),
    summary: text,
    criteria: z.array(criterionSchema).min(1).max(FRAMEWORK_LIMITS.criteria),
    options: z.array(optionSchema).min(1).max(FRAMEWORK_LIMITS.options),
    tradeOffs: z.array(tradeOffSchema).describe("May be empty."),
    facts: z.array(factSchema).describe("May be empty."),
    commonRisks: texts.optional(),
    smallTeamNote: text.optional(),
    withoutDecision: text.optional(),
  })
  .superRefine((value, context) => {
    try {
      validateFramework(value);
    } catch (error) {
      if (!(error instanceof ScoringInputError)) throw error;
      context.addIssue({ code: "custom", message: error.message });
    }
  }) satisfies z.ZodType<Framework>;

/** The schema as JSON Schema, for editors and for docs/framework.schema.json. */
export function frameworkJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(frameworkSchema, { io: "input" }),
    title: "Blueprint decision framework",
    description:
      "A decision for a Blueprint workshop: the criteria a team scores and the options it chooses between. See docs/frameworks.md.",
  };
}

/** Reads a framework from JSON text; throws an Error naming the problem. */
export function parseFrameworkJson(json: string): Framework {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, " ").trim();
    throw new Error(`The file is not JSON: ${reason}`, { cause: error });
  }
  const result = frameworkSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    throw new Error(`Not a valid framework: ${where}${issue?.message ?? "invalid"}`);
  }
  return result.data as Framework;
}

import { z } from "zod";
import {
  FRAMEWORK_LIMITS,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  LANGUAGE_TAG_LENGTH,
  ScoringInputError,
  validateFramework,
  type Framework,
} from "@/lib/scoring";
import type { FrameworkProblemCode } from "@/lib/scoring/validate";

// The file format of a framework: a JSON document of the Framework type. The shape below says
// what each field is, so that docs/framework.schema.json (generated from it by
// scripts/framework-schema.ts) can help whoever writes a file; the refinement at the end runs
// validateFramework, which remains the one source of truth for what is valid (cross-references
// such as a profile naming every criterion cannot be written as a shape). schema.test.ts checks
// that this schema accepts exactly what validateFramework accepts, within the length limits below.
//
// The limits are the file format's own: a framework someone writes is shown to everyone in their
// workshops, on phones and on a projector, so every text and list has a ceiling, set well above
// the longest in the built-in frameworks.

export const TEXT_LIMITS = {
  /** Names, labels, trade-off dimensions, owner roles: a line on a phone. */
  name: 80,
  /** The question, the cells of the trade-off table, a fact's question. */
  line: 200,
  /** Every other text: anchors, help, summaries, paths, risks. */
  paragraph: 800,
  /** Strengths, weaknesses, risks, owners, common risks. */
  listItems: 8,
  tradeOffs: 12,
  facts: 12,
} as const;

// The framework editor builds these schemas in the browser, whose Content-Security-Policy allows
// no eval: jitless zod there, as lib/http/zod-in-browser.ts explains (this folder imports
// nothing outside the frameworks and the scoring library, so it says it itself).
if (typeof window !== "undefined") z.config({ jitless: true });

/** Like the scoring library's isText: a string that is not blank, here also of bounded length. */
function bounded(max: number) {
  return z
    .string()
    .regex(/\S/, "must be a non-empty text")
    .max(max, `must be at most ${max} characters`);
}
const name = bounded(TEXT_LIMITS.name);
const line = bounded(TEXT_LIMITS.line);
const text = bounded(TEXT_LIMITS.paragraph);
const texts = z
  .array(text)
  .max(TEXT_LIMITS.listItems, `must have at most ${TEXT_LIMITS.listItems} entries`);
const id = z
  .string()
  .max(FRAMEWORK_LIMITS.idLength)
  .regex(ID_PATTERN, "must be made of letters, digits, - or _");

const criterionSchema = z
  .object({
    id,
    name,
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
    label: name.describe('Lower-case name used inside sentences, e.g. "iteration speed".'),
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
    .array(name)
    .min(1)
    .max(TEXT_LIMITS.listItems)
    .optional()
    .describe("The roles a decision for this option names owners for."),
});

const optionSchema = z.object({
  id,
  name,
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
  dimension: name,
  cells: z.record(z.string(), line).describe("One text per option id."),
  criteria: z.array(z.string()).optional(),
});

const factSchema = z.object({
  id,
  question: line,
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
    name,
    question: line.describe("The decision in one question, as the team would ask it."),
    summary: text,
    criteria: z.array(criterionSchema).min(1).max(FRAMEWORK_LIMITS.criteria),
    options: z.array(optionSchema).min(1).max(FRAMEWORK_LIMITS.options),
    tradeOffs: z.array(tradeOffSchema).max(TEXT_LIMITS.tradeOffs).describe("May be empty."),
    facts: z.array(factSchema).max(TEXT_LIMITS.facts).describe("May be empty."),
    commonRisks: texts.optional(),
    smallTeamNote: text.optional(),
    withoutDecision: text.optional(),
    language: z
      .string()
      .max(LANGUAGE_TAG_LENGTH)
      .regex(LANGUAGE_PATTERN, 'must be a language tag such as "en" or "de"')
      .optional()
      .describe(
        'The language the framework\'s texts are written in, such as "en" or "de". Everyone reads them as written.',
      ),
  })
  .superRefine((value, context) => {
    try {
      validateFramework(value);
    } catch (error) {
      if (!(error instanceof ScoringInputError)) throw error;
      context.addIssue({
        code: "custom",
        // The path says which field; the message, without its own copy of the path, says what.
        message: error.message.slice(error.item.length + 2),
        path: itemPath(error.item, value),
        params: { problem: error.problem },
      });
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

/** The list each kind of item of validateFramework's messages lives in. */
const LISTS: Record<string, "criteria" | "options" | "tradeOffs" | "facts"> = {
  criterion: "criteria",
  option: "options",
  "trade-off row": "tradeOffs",
  fact: "facts",
};

/**
 * The path of the field validateFramework names in `item` (`criterion "speed".anchors`,
 * `option[2]`, `framework.name`), so that a form can show the problem next to that field.
 */
export function itemPath(item: string, value: unknown): (string | number)[] {
  const framework = value as Partial<Record<string, { id?: unknown }[]>>;
  const rest = (tail: string) => tail.split(".").filter((key) => key !== "");
  const byIndex = /^([a-z -]+)\[(\d+)\](.*)$/.exec(item);
  if (byIndex && LISTS[byIndex[1]!]) {
    return [LISTS[byIndex[1]!]!, Number(byIndex[2]), ...rest(byIndex[3]!)];
  }
  const byId = /^([a-z -]+) "([^"]*)"(.*)$/.exec(item);
  if (byId && LISTS[byId[1]!]) {
    const list = LISTS[byId[1]!]!;
    // For an id that appears twice, the second one is the problem.
    const index = (framework[list] ?? []).findLastIndex((entry) => entry?.id === byId[2]);
    return index < 0 ? [list] : [list, index, ...rest(byId[3]!)];
  }
  return rest(item.replace(/^framework\.?/, ""));
}

/**
 * What can be wrong with a field of a framework: validateFramework's codes, and the shape's own
 * "too-long" and "invalid" (anything else the shape refuses). Each is a field error code of the
 * API (lib/errors.ts FieldErrorCode), worded by the UI.
 */
export type FrameworkFieldCode = FrameworkProblemCode | "too-long" | "invalid";

/**
 * One problem of a framework, at the path of its field ("" for the whole framework): its code,
 * which the app words in its reader's language, and its English message, for the command line.
 */
export interface FrameworkProblem {
  path: string;
  code: FrameworkFieldCode;
  message: string;
}

/** The code of a problem the shape found (or validateFramework's, which names its own). */
function problemCode(found: z.core.$ZodIssue): FrameworkFieldCode {
  switch (found.code) {
    case "custom":
      return (found.params?.problem as FrameworkProblemCode | undefined) ?? "invalid";
    case "invalid_type":
      if (found.expected === "string") return "required";
      if (found.expected === "array") return "not-a-list";
      if (found.expected === "object" || found.expected === "record") return "not-an-object";
      return found.expected === "number" ? "out-of-range" : "invalid";
    case "invalid_format":
      if (found.format === "regex" && found.pattern === String(ID_PATTERN)) return "invalid-id";
      if (found.format === "regex" && found.pattern === String(LANGUAGE_PATTERN)) {
        return "invalid-choice";
      }
      // The one other pattern of the shape is bounded()'s "shows something".
      return "required";
    case "too_small":
      if (found.origin === "array") return "too-few";
      return found.origin === "string" ? "required" : "out-of-range";
    case "too_big":
      if (found.origin === "array") return "too-many";
      return found.origin === "string" ? "too-long" : "out-of-range";
    case "invalid_value":
      // A profile value (1 to 5), or a criterion's kind.
      return found.values.every((value) => typeof value === "number")
        ? "out-of-range"
        : "invalid-choice";
    default:
      return "invalid";
  }
}

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

let formatNodes: JsonSchemaNode | undefined;

/**
 * The bounds of the text or list at `path` ("criteria.2.name", "options"): its most characters or
 * entries, and its fewest entries, read off the file format itself, so that the words for a
 * "too-long" or "too-many" problem can name the limit the check applied.
 */
export function limitsAt(path: string): { min?: number; max?: number } {
  formatNodes ??= z.toJSONSchema(frameworkSchema, { io: "input" }) as JsonSchemaNode;
  let node: JsonSchemaNode | undefined = formatNodes;
  for (const key of path.split(".").filter((part) => part !== "")) {
    const rest: JsonSchemaNode | boolean | undefined = node.additionalProperties;
    node =
      node.properties?.[key] ??
      (/^\d+$/.test(key) ? node.items : undefined) ??
      (typeof rest === "object" ? rest : undefined);
    if (!node) return {};
  }
  return {
    min: node.minLength ?? node.minItems,
    max: node.maxLength ?? node.maxItems,
  };
}

/**
 * A value read as the file format: the framework (unknown keys such as "$schema" dropped), or
 * every problem found, each at its field's dotted path.
 */
export function checkFramework(
  value: unknown,
): { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] } {
  const result = frameworkSchema.safeParse(value);
  if (result.success) return { ok: true, framework: result.data as Framework };
  const problems = new Map<string, FrameworkProblem>();
  const issues = result.error.issues.map((found) => ({
    path: found.path.join("."),
    code: problemCode(found),
    message: found.message,
    ownCheck: found.code === "custom",
  }));
  // validateFramework runs even beside the shape's own issues, and may name the same field, or
  // the field around one the shape already named ("criteria.2.anchors" beside its "5").
  for (const { path, code, message, ownCheck } of issues) {
    const named = issues.some(
      (other) => !other.ownCheck && (other.path === path || other.path.startsWith(`${path}.`)),
    );
    if (ownCheck && named) continue;
    if (!problems.has(path)) problems.set(path, { path, code, message });
  }
  return { ok: false, problems: [...problems.values()] };
}

/** Every problem the file format finds in a value (none for a valid framework). */
export function frameworkProblems(value: unknown): FrameworkProblem[] {
  const checked = checkFramework(value);
  return checked.ok ? [] : checked.problems;
}

/** A framework as a file: pretty JSON, with the schema's address first for editors. */
export function frameworkFileText(framework: Framework, schemaUrl: string): string {
  return `${JSON.stringify({ $schema: schemaUrl, ...framework }, null, 2)}\n`;
}

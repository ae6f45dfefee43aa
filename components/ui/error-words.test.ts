import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { PROBLEM_WORDS } from "@/components/authoring/problem-words";
import {
  answerSignOffSchema,
  recordDecisionSchema,
  requestSignOffsSchema,
} from "@/lib/decisions/schema";
import { FIELD_ERROR_CODES, fieldErrors, type FieldErrorCode } from "@/lib/errors";
import { frameworkProblems } from "@/lib/frameworks/schema";
import { mlLifecycle } from "@/lib/frameworks";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import {
  createShareLinkSchema,
  createWorkshopSchema,
  joinWorkshopSchema,
  saveAnswersSchema,
} from "@/lib/workshops/schema";
import { FAILURE_WORDS } from "./failure-words";
import { CODE_WORDS, OWN_WORDS, fieldWordsFor } from "./field-words";

// The UI's words for the API's codes and the forms' field codes (lib/i18n/messages/<language>/
// errors.json): every code has words in every language, each field's words name the limit its
// schema applies, and the English the end-to-end tests read is as it was.

/** A message of part "errors", or its key when there is none (next-intl's fallback). */
function say(locale: Locale, key: string, values: Record<string, number> = {}): string {
  const t = wordsFor(locale, "errors") as unknown as (
    key: string,
    values?: Record<string, number>,
  ) => string;
  return t(key, values);
}

/** The words for the field error `code` at `path`, as a form shows them. */
function fieldWords(locale: Locale, path: string, code: FieldErrorCode): string {
  const { key, values } = fieldWordsFor(path, code);
  return say(locale, `field.${key}`, values);
}

/** The words a form shows for the first problem `schema` finds at `path` in `input`. */
function shown(schema: z.ZodType, input: unknown, path: string, locale: Locale = "en"): string {
  const result = schema.safeParse(input);
  const code = result.success ? undefined : fieldErrors(result.error)[path];
  if (!code) throw new Error(`no problem at ${path}`);
  return fieldWords(locale, path, code);
}

const said = (text: string, key: string) => {
  expect(text, key).not.toBe(`errors.${key}`);
  expect(text, key).not.toMatch(/[{}]/);
  expect(text.trim(), key).not.toBe("");
};

describe("the words for the API's failure codes", () => {
  it.each(LOCALES)("cover every code in %s", (locale) => {
    for (const key of Object.values(FAILURE_WORDS)) said(say(locale, `failure.${key}`), key);
  });
});

describe("the words for field error codes", () => {
  it.each(LOCALES)("cover every code for any field in %s", (locale) => {
    for (const code of FIELD_ERROR_CODES) said(say(locale, `field.${CODE_WORDS[code]}`), code);
  });

  it.each(LOCALES)("cover every field's own words, with their numbers, in %s", (locale) => {
    for (const [path, own] of Object.entries(OWN_WORDS)) {
      for (const code of Object.keys(own.words) as FieldErrorCode[]) {
        said(fieldWords(locale, path, code), `${path} ${code}`);
      }
    }
  });

  it.each(LOCALES)("cover every framework problem in %s", (locale) => {
    for (const key of Object.values(PROBLEM_WORDS)) {
      said(say(locale, `framework.${key}`, { min: 1, max: 8 }), key);
    }
  });

  it("fall back to the words for any field where a field has none of its own", () => {
    expect(fieldWords("en", "signatories.3.email", "invalid-email")).toBe(
      "Enter an e-mail address like name@example.com.",
    );
    expect(fieldWords("en", "answers.0.rationale", "broken-character")).toBe(
      "Remove the broken character: this is not valid text.",
    );
    expect(fieldWords("de", "nowhere", "invalid")).toBe("Das ist nicht gültig.");
  });
});

describe("what the forms show", () => {
  const workshop = { title: "T", teamName: "Team", frameworkId: "ml-lifecycle", mode: "live" };
  const decision = {
    optionId: "a",
    pilotModel: "Churn",
    owners: [{ role: "Owner", name: "Ana" }],
    pilotStart: "2027-01-04",
    pilotEnd: "2027-01-25",
    reviewOn: "2027-04-05",
  };

  // The English the end-to-end tests read (e2e/forms.spec.ts, sign-in.spec.ts,
  // decision.spec.ts, own-framework.spec.ts), as it was before the codes.
  it("says in English what it said before", () => {
    expect(shown(createWorkshopSchema, { ...workshop, title: " " }, "title")).toBe(
      "Enter a title.",
    );
    expect(shown(createWorkshopSchema, { ...workshop, teamName: " " }, "teamName")).toBe(
      "Enter the team's name.",
    );
    expect(shown(createWorkshopSchema, { ...workshop, teamSize: 1001 }, "teamSize")).toBe(
      "Enter a team size of at most 1000.",
    );
    expect(shown(createWorkshopSchema, { ...workshop, title: "t".repeat(121) }, "title")).toBe(
      "Keep a title to 120 characters or fewer.",
    );
    expect(shown(joinWorkshopSchema, { displayName: " " }, "displayName")).toBe("Enter your name.");
    expect(shown(joinWorkshopSchema, { displayName: "Sam" }, "role")).toBe("Choose your role.");
    expect(
      shown(joinWorkshopSchema, { displayName: "Sam", role: "other", email: "sam at" }, "email"),
    ).toBe("Enter an e-mail address like name@example.com.");
    expect(shown(answerSignOffSchema, { version: 1, answer: "changes_requested" }, "comment")).toBe(
      "Say what should change, so the team can act on it.",
    );
    // Found by the server only (lib/decisions/record.ts).
    expect(fieldWords("en", "rationale", "required")).toBe(
      "Say why the team chose differently from the recommendation: leadership will ask.",
    );
    expect(
      shown(
        saveAnswersSchema,
        { roundId: "x", answers: [{ criterionId: "a", score: 6 }] },
        "answers.0.score",
      ),
    ).toBe("Choose a score from 1 to 5, or not sure.");
  });

  it("says it in German too", () => {
    expect(shown(createWorkshopSchema, { ...workshop, title: " " }, "title", "de")).toBe(
      "Gib einen Titel ein.",
    );
    expect(
      shown(createWorkshopSchema, { ...workshop, title: "t".repeat(121) }, "title", "de"),
    ).toBe("Der Titel darf höchstens 120 Zeichen lang sein.");
    expect(shown(joinWorkshopSchema, { displayName: "Sam" }, "role", "de")).toBe(
      "Wähle deine Rolle.",
    );
  });

  it.each([
    [createWorkshopSchema, workshop, "title", 120],
    [createWorkshopSchema, workshop, "teamName", 120],
    [createWorkshopSchema, workshop, "description", 2000],
    [joinWorkshopSchema, { role: "other" }, "displayName", 60],
    [createShareLinkSchema, { mode: "live" }, "label", 80],
    [recordDecisionSchema, decision, "rationale", 2000],
    [recordDecisionSchema, decision, "hybridNotes", 2000],
    [recordDecisionSchema, decision, "pilotModel", 120],
    [answerSignOffSchema, { version: 1, answer: "approved" }, "comment", 2000],
  ] as const)("names the limit the schema applies to %#: %s", (schema, base, path, max) => {
    const input = { ...base, [path]: "x".repeat(max + 1) };
    for (const locale of LOCALES) expect(shown(schema, input, path, locale)).toContain(String(max));
    expect(
      (schema as z.ZodType).safeParse({ ...base, [path]: "x".repeat(max) }).error?.issues ?? [],
    ).not.toContainEqual(expect.objectContaining({ path: [path] }));
  });

  it("names the limits of list entries and ballots too", () => {
    const long = (max: number) => "x".repeat(max + 1);
    const owners = { ...decision, owners: [{ role: "Owner", name: long(80) }] };
    expect(shown(recordDecisionSchema, owners, "owners.0.name")).toBe(
      "Keep a name to 80 characters or fewer.",
    );
    const people = { signatories: [{ name: long(80), email: "a@example.com" }] };
    expect(shown(requestSignOffsSchema, people, "signatories.0.name")).toBe(
      "Keep their name to 80 characters or fewer.",
    );
    const ballot = {
      roundId: "x",
      answers: [{ criterionId: "a", score: 3, rationale: long(500) }],
    };
    expect(shown(saveAnswersSchema, ballot, "answers.0.rationale")).toBe(
      "Keep the reason to 500 characters or fewer.",
    );
  });

  it("words a framework's problems after the field they are about", () => {
    const broken = structuredClone(mlLifecycle) as unknown as { criteria: { name: string }[] };
    broken.criteria[0]!.name = "";
    broken.criteria[1]!.name = "x".repeat(81);
    const problems = frameworkProblems(broken);
    expect(problems.map((problem) => problem.code)).toEqual(["required", "too-long"]);
    expect(say("en", `framework.${PROBLEM_WORDS.required}`)).toBe("must be a non-empty text");
    expect(say("en", `framework.${PROBLEM_WORDS["too-long"]}`, { max: 80 })).toBe(
      "must be at most 80 characters",
    );
  });
});

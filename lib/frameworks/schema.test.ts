import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FRAMEWORK_LIMITS, validateFramework } from "@/lib/scoring";
import { asWritten, frameworks, mlLifecycle } from "./index";
import {
  frameworkProblems,
  frameworkSchema,
  limitsAt,
  parseFrameworkJson,
  TEXT_LIMITS,
} from "./schema";

function validates(value: unknown): boolean {
  try {
    validateFramework(value);
    return true;
  } catch {
    return false;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value, the root excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
}

const DELETE = Symbol("delete");

function changed(value: Json, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

const replacements = fc.constantFrom<unknown>(
  DELETE,
  null,
  "",
  "  ",
  "text",
  "speed",
  "linear-handoff",
  "a b",
  "x".repeat(65),
  0,
  1,
  3,
  4.5,
  5,
  6,
  -1,
  true,
  [],
  ["text"],
  [""],
  {},
  { 1: "low", 5: "high" },
);

describe("the framework file format", () => {
  it("accepts every built-in framework and returns it in its own language only", () => {
    // A team's framework has one language: the translations a built-in one carries are not
    // part of a file a team imports or edits.
    for (const framework of frameworks) {
      const json = JSON.parse(JSON.stringify({ ...framework, translations: undefined })) as Json;
      expect(frameworkSchema.parse(json)).toEqual(json);
      expect(parseFrameworkJson(JSON.stringify(framework))).toEqual(json);
    }
  });

  // 2,000 changed files take seconds on a busy two-core machine: more than vitest's default.
  it("accepts exactly what validateFramework accepts, one change away from a valid file", () => {
    const samples = [
      ...frameworks.map((f) => asWritten(f)),
      // A team's framework names the language it is written in.
      { ...asWritten(mlLifecycle), language: "de" },
    ].map((f) => JSON.parse(JSON.stringify(f)) as Json);
    const change = fc
      .constantFrom(...samples)
      .chain((sample) =>
        fc.tuple(fc.constant(sample), fc.constantFrom(...pathsOf(sample)), replacements),
      );
    fc.assert(
      fc.property(change, ([sample, path, replacement]) => {
        const candidate = changed(sample, path, replacement);
        expect(frameworkSchema.safeParse(candidate).success).toBe(validates(candidate));
      }),
      { numRuns: 2_000 },
    );
  }, 30_000);

  it("keeps the language a framework is written in, as a short language tag only", () => {
    for (const language of ["en", "de", "pt-BR", "zh-Hant-TW"]) {
      expect(parseFrameworkJson(JSON.stringify({ ...asWritten(mlLifecycle), language }))).toEqual(
        expect.objectContaining({ language }),
      );
    }
    for (const language of ["English", "", "de_DE", 'de" onload="x', "de-" + "x".repeat(40), 7]) {
      const file = { ...asWritten(mlLifecycle), language };
      expect(validates(file), String(language)).toBe(false);
      expect(frameworkProblems(file)).toEqual([
        expect.objectContaining({
          path: "language",
          code: String(language).length > 35 ? "too-long" : expect.any(String),
        }),
      ]);
    }
    expect(frameworkProblems({ ...asWritten(mlLifecycle), language: "English" })[0]?.code).toBe(
      "invalid-choice",
    );
  });

  it("names each problem at the field it belongs to", () => {
    const broken = structuredClone(mlLifecycle) as unknown as Record<string, unknown> & {
      criteria: Record<string, unknown>[];
      options: Record<string, unknown>[];
    };
    broken.name = " ";
    broken.criteria[1]!.name = "x".repeat(TEXT_LIMITS.name + 1);
    broken.options[2]!.summary = "";
    expect(frameworkProblems(broken)).toEqual([
      { path: "name", code: "required", message: "must be a non-empty text" },
      {
        path: "criteria.1.name",
        code: "too-long",
        message: `must be at most ${TEXT_LIMITS.name} characters`,
      },
      { path: "options.2.summary", code: "required", message: "must be a non-empty text" },
    ]);
    // A problem only validateFramework sees (a cross-reference) lands on its field too.
    const twice = structuredClone(mlLifecycle) as unknown as { options: { id: string }[] };
    twice.options[2]!.id = twice.options[0]!.id;
    expect(frameworkProblems(twice)).toEqual([
      { path: "options.2", code: "duplicate", message: "appears twice" },
    ]);
    const unknownCell = structuredClone(mlLifecycle) as unknown as {
      tradeOffs: { cells: Record<string, string> }[];
    };
    unknownCell.tradeOffs[1]!.cells.nowhere = "a cell";
    expect(frameworkProblems(unknownCell)).toEqual([
      {
        path: "tradeOffs.1.cells.nowhere",
        code: "unknown-option",
        message: "is not an option of this framework",
      },
    ]);
    expect(frameworkProblems(mlLifecycle)).toEqual([]);
  });

  it("rejects what is not a framework at all, and names the problem", () => {
    for (const value of [null, 1, "x", [], {}]) {
      expect(frameworkSchema.safeParse(value).success).toBe(false);
      expect(validates(value)).toBe(false);
    }
    expect(() => parseFrameworkJson("{")).toThrow(/not JSON/);
    const noProfile = structuredClone(mlLifecycle) as unknown as {
      options: { profile: Record<string, number> }[];
    };
    delete noProfile.options[0]!.profile.cost;
    expect(() => parseFrameworkJson(JSON.stringify(noProfile))).toThrow(
      /options\.0\.profile\.cost: must be a whole number from 1 to 5/,
    );
  });
  it("gives each problem a code the app words, whichever check found it", () => {
    const broken = structuredClone(mlLifecycle) as unknown as Record<string, Json> & {
      criteria: Record<string, Json>[];
      options: (Record<string, Json> & { profile: Record<string, number> })[];
    };
    broken.id = "not an id";
    delete (broken.criteria[0]!.anchors as Record<string, Json>)["1"];
    broken.criteria[1]!.kind = "want";
    broken.options[0]!.profile.cost = 9;
    broken.options[1]!.strengths = Array.from({ length: TEXT_LIMITS.listItems + 1 }, () => "x");
    broken.tradeOffs = "none";
    const codes = Object.fromEntries(frameworkProblems(broken).map((p) => [p.path, p.code]));
    expect(codes).toEqual({
      id: "invalid-id",
      "criteria.0.anchors.1": "required",
      "criteria.1.kind": "invalid-choice",
      "options.0.profile.cost": "out-of-range",
      "options.1.strengths": "too-many",
      tradeOffs: "not-a-list",
    });
    const many = structuredClone(mlLifecycle) as unknown as { options: Json[] };
    many.options = [];
    expect(frameworkProblems(many)).toEqual([expect.objectContaining({ code: "too-few" })]);
  });

  it("reads each field's limits off the file format, for the words that name them", () => {
    expect(limitsAt("name")).toEqual({ max: TEXT_LIMITS.name });
    expect(limitsAt("criteria.2.name")).toEqual({ max: TEXT_LIMITS.name });
    expect(limitsAt("question")).toEqual({ max: TEXT_LIMITS.line });
    expect(limitsAt("tradeOffs.0.cells.anything")).toEqual({ max: TEXT_LIMITS.line });
    expect(limitsAt("criteria.0.anchors.3")).toEqual({ max: TEXT_LIMITS.paragraph });
    expect(limitsAt("options.1.strengths")).toEqual({ max: TEXT_LIMITS.listItems });
    expect(limitsAt("options")).toEqual({ min: 1, max: FRAMEWORK_LIMITS.options });
    expect(limitsAt("nowhere.at.all")).toEqual({});
  });
});

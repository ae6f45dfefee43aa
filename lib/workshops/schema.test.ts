import { describe, expect, it } from "vitest";
import { newToken } from "@/lib/auth/tokens";
import { AppError } from "@/lib/errors";
import {
  createWorkshopSchema,
  joinWorkshopSchema,
  saveAnswersSchema,
  setAutoRevealSchema,
} from "./schema";
import { isId, isToken } from "@/lib/ids";
import { parseInput } from "@/lib/errors";

const ROUND = "0b6f3a52-8d1e-4c3b-9f7a-2e5d4c3b2a19";

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
}

describe("createWorkshopSchema", () => {
  const valid = {
    title: "  How do we ship models?  ",
    teamName: "Risk ML",
    frameworkId: "ml-lifecycle",
    mode: "live",
  };

  it("accepts the minimum, trims text and fills the defaults", () => {
    expect(createWorkshopSchema.parse(valid)).toEqual({
      title: "How do we ship models?",
      teamName: "Risk ML",
      frameworkId: "ml-lifecycle",
      mode: "live",
      deadlineAction: "reveal",
      anonymous: false,
      autoReveal: false,
    });
  });

  it("takes reveal-as-soon-as-everyone-has-voted as a boolean only", () => {
    expect(createWorkshopSchema.parse({ ...valid, autoReveal: true }).autoReveal).toBe(true);
    expect(createWorkshopSchema.safeParse({ ...valid, autoReveal: "yes" }).success).toBe(false);
    expect(setAutoRevealSchema.parse({ autoReveal: false })).toEqual({ autoReveal: false });
    expect(setAutoRevealSchema.safeParse({}).success).toBe(false);
  });

  it("accepts every optional field within its limits; a blank description is none", () => {
    const deadline = new Date(Date.now() + 86_400_000);
    const parsed = createWorkshopSchema.parse({
      ...valid,
      title: "t".repeat(120),
      description: "   ",
      teamSize: 1000,
      mode: "async",
      deadline: deadline.toISOString().replace("Z", "+00:00"),
      deadlineAction: "close",
      anonymous: true,
    });
    expect(parsed).toMatchObject({ description: null, teamSize: 1000, deadlineAction: "close" });
    expect(parsed.deadline?.getTime()).toBe(deadline.getTime());
    expect(
      createWorkshopSchema.parse({ ...valid, description: "d".repeat(2000) }).description,
    ).toHaveLength(2000);
  });

  it.each([
    ["blank title", { title: "   " }, "title", "required"],
    ["oversize title", { title: "t".repeat(121) }, "title", "too-long"],
    ["oversize team", { teamName: "t".repeat(121) }, "teamName", "too-long"],
    ["missing team", { teamName: undefined }, "teamName", "required"],
    ["oversize description", { description: "d".repeat(2001) }, "description", "too-long"],
    ["NUL in the title", { title: "a\0b" }, "title", "control-character"],
    ["team size 0", { teamSize: 0 }, "teamSize", "too-small"],
    ["fractional team size", { teamSize: 2.5 }, "teamSize", "not-whole-number"],
    ["huge team size", { teamSize: 1001 }, "teamSize", "too-big"],
    ["unknown framework", { frameworkId: "waterfall" }, "frameworkId", "not-offered"],
    ["unknown mode", { mode: "hybrid" }, "mode", "invalid-choice"],
    [
      "deadline in live mode",
      { deadline: new Date(Date.now() + 60_000) },
      "deadline",
      "async-only",
    ],
    [
      "past deadline",
      { mode: "async", deadline: new Date(Date.now() - 60_000) },
      "deadline",
      "not-in-future",
    ],
    [
      "deadline without a time zone",
      { mode: "async", deadline: "2099-01-01T10:00" },
      "deadline",
      "invalid-date-time",
    ],
    ["unknown deadline action", { deadlineAction: "delete" }, "deadlineAction", "invalid-choice"],
    ["anonymous as text", { anonymous: "yes" }, "anonymous", "invalid-choice"],
  ])("rejects a %s with a code for the field", (_, change, field, code) => {
    const result = createWorkshopSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(messages(result)[field]).toBe(code);
  });
});

describe("joinWorkshopSchema", () => {
  it("accepts a name up to 60 characters and one of the roles", () => {
    expect(
      joinWorkshopSchema.parse({ displayName: ` ${"n".repeat(60)} `, role: "ml_engineer" }),
    ).toEqual({ displayName: "n".repeat(60), role: "ml_engineer" });
  });

  it("rejects a blank or oversize name and an unknown role", () => {
    expect(messages(joinWorkshopSchema.safeParse({ displayName: " ", role: "other" }))).toEqual({
      displayName: "required",
    });
    expect(
      messages(joinWorkshopSchema.safeParse({ displayName: "n".repeat(61), role: "boss" })),
    ).toEqual({
      displayName: "too-long",
      role: "invalid-choice",
    });
  });
});

describe("saveAnswersSchema", () => {
  const answer = { criterionId: "governance", score: 4 };
  const ballot = (...answers: Record<string, unknown>[]) => ({ roundId: ROUND, answers });
  const parsed = (change: Record<string, unknown>) =>
    saveAnswersSchema.parse(ballot({ ...answer, ...change })).answers[0]!;

  it("accepts scores 1 to 5 and null for not sure", () => {
    for (const score of [1, 2, 3, 4, 5, null]) expect(parsed({ score }).score).toBe(score);
  });

  it("keeps an omitted rationale apart from a cleared one, and trims it", () => {
    expect(parsed({}).rationale).toBeUndefined();
    expect(parsed({ rationale: "  " }).rationale).toBeNull();
    expect(parsed({ rationale: null }).rationale).toBeNull();
    expect(parsed({ rationale: ` ${"r".repeat(500)} ` }).rationale).toBe("r".repeat(500));
  });

  it("leaves whether a well-formed criterion is the workshop's own to the database", () => {
    // Any valid framework can be a workshop's, so the schema cannot list the criteria.
    expect(parsed({ criterionId: "on-call_2" }).criterionId).toBe("on-call_2");
  });

  it("takes a whole ballot at once", () => {
    const criteria = ["governance", "speed", "skills", "cost"];
    const answers = criteria.map((criterionId, i) => ({ criterionId, score: i + 1 }));
    expect(saveAnswersSchema.parse(ballot(...answers)).answers).toEqual(answers);
  });

  it.each([
    ["score 0", { score: 0 }, "answers.0.score"],
    ["score 6", { score: 6 }, "answers.0.score"],
    ["score 3.5", { score: 3.5 }, "answers.0.score"],
    ["score as text", { score: "3" }, "answers.0.score"],
    ["missing score", { score: undefined }, "answers.0.score"],
    ["criterion id no framework can have", { criterionId: "__proto__" }, "answers.0.criterionId"],
    ["criterion id with spaces", { criterionId: " speed" }, "answers.0.criterionId"],
    [
      "criterion id longer than a vote stores",
      { criterionId: "c".repeat(65) },
      "answers.0.criterionId",
    ],
    ["oversize rationale", { rationale: "r".repeat(501) }, "answers.0.rationale"],
  ])("rejects a %s", (_, change, field) => {
    const result = saveAnswersSchema.safeParse(ballot({ ...answer, ...change }));
    expect(result.success).toBe(false);
    expect(Object.keys(messages(result))).toEqual([field]);
  });

  it.each([
    ["malformed round id", { roundId: "42" }, "roundId"],
    ["round id with SQL", { roundId: `${ROUND}' OR '1'='1` }, "roundId"],
    ["ballot without answers", { answers: [] }, "answers"],
    ["single answer outside a list", { answers: answer }, "answers"],
    ["criterion answered twice", { answers: [answer, { ...answer, score: 2 }] }, "answers"],
    ["ballot longer than any framework", { answers: Array(50).fill(answer) }, "answers"],
  ])("rejects a %s", (_, change, field) => {
    const result = saveAnswersSchema.safeParse({ ...ballot(answer), ...change });
    expect(result.success).toBe(false);
    expect(Object.keys(messages(result))).toEqual([field]);
  });
});

describe("ids and tokens", () => {
  it("accept only UUIDs and 43-character base64url tokens", () => {
    expect(isId(ROUND)).toBe(true);
    expect(isId("not-a-uuid")).toBe(false);
    expect(isToken(newToken())).toBe(true);
    expect(isToken(`${newToken()}x`)).toBe(false);
    expect(isToken("a".repeat(42) + "=")).toBe(false);
  });
});

describe("parseInput", () => {
  it("returns the parsed value", () => {
    expect(parseInput(joinWorkshopSchema, { displayName: "Ana", role: "other" })).toEqual({
      displayName: "Ana",
      role: "other",
    });
  });

  it("throws invalid-input (400) with the first code of each field", () => {
    let thrown: unknown;
    try {
      parseInput(joinWorkshopSchema, { displayName: "", role: 7 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({
      code: "invalid-input",
      status: 400,
      fields: { displayName: "required", role: "invalid-choice" },
    });
  });
});

describe("text fields", () => {
  const workshop = { title: "T", teamName: "Team", frameworkId: "ml-lifecycle", mode: "live" };

  it("refuse text that is not well-formed Unicode, naming the field", () => {
    expect(() =>
      parseInput(saveAnswersSchema, {
        roundId: ROUND,
        answers: [{ criterionId: "speed", score: 3, rationale: "why \udfff" }],
      }),
    ).toThrow(
      expect.objectContaining({
        fields: { "answers.0.rationale": "broken-character" },
      }),
    );
    for (const field of ["title", "teamName", "description"]) {
      const result = createWorkshopSchema.safeParse({ ...workshop, [field]: "a\ud800" });
      expect(Object.keys(messages(result))).toEqual([field]);
    }
    expect(createWorkshopSchema.safeParse({ ...workshop, title: "Ship 😀" }).success).toBe(true);
  });

  it("treat a name of only invisible characters as blank", () => {
    for (const name of [
      "\u200b",
      "\u200b\u200c\u200d\u2060",
      "\ufeff",
      "\u00ad",
      "\u3164",
      "\u2800",
    ]) {
      const result = joinWorkshopSchema.safeParse({ displayName: name, role: "other" });
      expect(messages(result), JSON.stringify(name)).toEqual({ displayName: "required" });
    }
  });

  it("refuse direction controls in names, but not right-to-left scripts", () => {
    for (const name of ["Pat\u202e", "\u202aPat", "\u2066Pat\u2069", "\u2067x", "\u2068x"]) {
      const result = joinWorkshopSchema.safeParse({ displayName: name, role: "other" });
      expect(messages(result), JSON.stringify(name)).toEqual({ displayName: "direction-control" });
    }
    for (const name of ["שרה", "علي", "Zoë", "李"]) {
      expect(joinWorkshopSchema.safeParse({ displayName: name, role: "other" }).success).toBe(true);
    }
  });
});

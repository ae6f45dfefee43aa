import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AppError,
  FIELD_ERROR_CODES,
  fieldErrors,
  isFieldErrorCode,
  issue,
  parseInput,
  waitInMinutes,
} from "./errors";

describe("field errors", () => {
  it("are the schema's codes, the first per field, and 'invalid' for a message that is none", () => {
    const schema = z.object({
      name: z.string(issue("required")).min(1, issue("required")).max(3, issue("too-long")),
      // zod's own English message: no code of ours.
      age: z.number(),
      tags: z.array(z.string().max(2, issue("too-long"))),
    });
    const result = schema.safeParse({ name: "long", age: "x", tags: ["ok", "far too long"] });
    expect(fieldErrors(result.error!)).toEqual({
      name: "too-long",
      age: "invalid",
      "tags.1": "too-long",
    });
  });

  it("reach the API as invalid-input, whose English message is for API clients only", () => {
    const schema = z.object({ title: z.string(issue("required")) });
    expect(() => parseInput(schema, {})).toThrow(
      expect.objectContaining({
        code: "invalid-input",
        status: 400,
        message: "Some of the input is not valid.",
        fields: { title: "required" },
      }),
    );
    expect(new AppError("invalid-input", { deadline: "async-only" }).fields).toEqual({
      deadline: "async-only",
    });
  });

  it("form a closed list, each code once", () => {
    expect(new Set(FIELD_ERROR_CODES).size).toBe(FIELD_ERROR_CODES.length);
    for (const code of FIELD_ERROR_CODES) expect(isFieldErrorCode(code)).toBe(true);
    for (const other of ["Enter a title.", "", "toString", "__proto__", 3, null]) {
      expect(isFieldErrorCode(other)).toBe(false);
    }
  });
});

describe("waitInMinutes", () => {
  it("is 0 (a few seconds) under 45 seconds, else the minutes rounded, at least one", () => {
    expect([0, 44, 45, 89, 90, 149, 150, 600].map(waitInMinutes)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 10,
    ]);
  });
});

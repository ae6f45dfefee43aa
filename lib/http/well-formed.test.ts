import { describe, expect, it } from "vitest";
import { illFormedPath, isWellFormed } from "./well-formed";

describe("isWellFormed", () => {
  it("accepts any text of whole code points, astral ones included", () => {
    for (const text of ["", "plain", "é", "😀", "日本語", "\u202e", "a\u0000b"]) {
      expect(isWellFormed(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("refuses a surrogate without its partner, in any position", () => {
    for (const text of ["\udfff", "\ud800", "a\ud83d", "\ude00b", "😀\ud83d", "\ude00\ud83d"]) {
      expect(isWellFormed(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe("illFormedPath", () => {
  it("names the first ill-formed string by its path", () => {
    const body = JSON.parse(
      '{"roundId":"r","answers":[{"rationale":"ok"},{"criterionId":"speed","rationale":"\\udfff"}]}',
    ) as unknown;
    expect(illFormedPath(body)).toBe("answers.1.rationale");
    expect(illFormedPath("\ud800")).toBe("");
  });

  it("finds ill-formed keys too", () => {
    expect(illFormedPath(JSON.parse('{"weights":{"\\ud800x":1}}'))).toBe("weights.\ufffdx");
  });

  it("passes well-formed values of every JSON type", () => {
    expect(illFormedPath({ a: [1, null, true, "😀", { b: "c" }], d: 2.5 })).toBeNull();
  });
});

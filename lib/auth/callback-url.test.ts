import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

const app = "https://blueprint.example.com";

describe("safeCallbackPath", () => {
  it("keeps paths on this site, from a path or from a URL of this site", () => {
    expect(safeCallbackPath("/workshops", app)).toBe("/workshops");
    expect(safeCallbackPath("/w/abc?tab=votes#top", app)).toBe("/w/abc?tab=votes#top");
    expect(safeCallbackPath("https://blueprint.example.com/workshops?x=1", app)).toBe(
      "/workshops?x=1",
    );
  });

  it("sends everything else to the workshop list", () => {
    for (const value of [
      undefined,
      "",
      "https://evil.example/workshops",
      "//evil.example/workshops",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "\\\\evil.example",
      "https://blueprint.example.com//evil.example",
      "javascript:alert(1)",
      "workshops",
      "http://blueprint.example.com/workshops",
    ]) {
      expect(safeCallbackPath(value, app), String(value)).toBe("/workshops");
    }
  });

  it("resolves a path the way a browser would, staying on this site", () => {
    expect(safeCallbackPath("/ok\\..\\elsewhere", app)).toBe("/elsewhere");
  });
});

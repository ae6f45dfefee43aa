import { describe, expect, it } from "vitest";
import { hasMalformedEncoding } from "./malformed-path";

describe("hasMalformedEncoding", () => {
  it("finds broken percent-encoding, which made Next.js answer 500 (e2e/fuzz.spec.ts)", () => {
    for (const path of [
      "/w/%zz",
      "/u/%E0%A4%A/confirm",
      "/api/workshops/%/votes",
      "/j/%C0%AF",
      "/s/%ff%fe/events",
    ]) {
      expect(hasMalformedEncoding(path), path).toBe(true);
    }
  });

  it("passes well-formed addresses", () => {
    for (const path of ["/", "/w/abc%20d", "/u/%25/confirm", "/s/a%2Fb", "/j/%F0%9F%98%80"]) {
      expect(hasMalformedEncoding(path), path).toBe(false);
    }
  });
});

import { describe, expect, it } from "vitest";
import { errorPageMessage, signInErrorMessage } from "./auth-errors";

describe("auth error messages", () => {
  it("give the generic text for codes every object inherits", () => {
    // /sign-in?error=__proto__ once rendered Object.prototype as the message: a server error.
    for (const code of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
      expect(typeof signInErrorMessage(code), code).toBe("string");
      expect(signInErrorMessage(code), code).toBe(signInErrorMessage("no-such-code"));
      expect(errorPageMessage(code), code).toEqual(errorPageMessage("no-such-code"));
    }
  });

  it("still give the known texts", () => {
    expect(signInErrorMessage("RateLimited")).toMatch(/Too many sign-in links/);
    expect(errorPageMessage("Verification").title).toBe("This sign-in link no longer works");
  });
});

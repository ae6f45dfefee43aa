import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import auth from "@/lib/i18n/messages/en/auth.json";
import { AUTH_ERRORS, errorPageKeys, signInErrorKey } from "./auth-errors";

const t = createTranslator({ locale: "en-GB", messages: { auth }, namespace: AUTH_ERRORS });

describe("auth error messages", () => {
  it("give the generic text for codes every object inherits", () => {
    // /sign-in?error=__proto__ once rendered Object.prototype as the message: a server error.
    for (const code of ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]) {
      expect(typeof signInErrorKey(code), code).toBe("string");
      expect(signInErrorKey(code), code).toBe(signInErrorKey("no-such-code"));
      expect(errorPageKeys(code), code).toEqual(errorPageKeys("no-such-code"));
    }
  });

  it("still give the known texts", () => {
    expect(t(signInErrorKey("RateLimited"))).toMatch(/Too many sign-in links/);
    expect(t(errorPageKeys("Verification").title)).toBe("This sign-in link no longer works");
    expect(t(signInErrorKey("no-such-code"))).toBe(
      "Something went wrong while signing you in. Please try again.",
    );
  });
});

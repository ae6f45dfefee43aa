import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce } from "./csp";

const directives = (policy: string) =>
  Object.fromEntries(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name!, sources];
    }),
  );

describe("contentSecurityPolicy", () => {
  it("is the production policy, word for word", () => {
    expect(contentSecurityPolicy({ nonce: "AAAAAAAAAAAAAAAAAAAAAA==" })).toBe(
      "default-src 'self'; " +
        "script-src 'self' 'nonce-AAAAAAAAAAAAAAAAAAAAAA==' 'strict-dynamic'; " +
        "style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it("allows nothing inline or evaluated in production", () => {
    const policy = directives(contentSecurityPolicy({ nonce: createNonce() }));
    for (const sources of Object.values(policy)) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("*");
    }
  });

  it("adds 'unsafe-eval' for scripts and 'unsafe-inline' for styles only in development", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc=", development: true }));
    expect(policy["script-src"]).toEqual([
      "'self'",
      "'nonce-abc='",
      "'strict-dynamic'",
      "'unsafe-eval'",
    ]);
    expect(policy["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
  });

  it("refuses a nonce that could smuggle a directive into the header", () => {
    for (const nonce of ["", "abc'; script-src *", "a b", "abc\r\nSet-Cookie: x=1"]) {
      expect(() => contentSecurityPolicy({ nonce })).toThrow();
    }
  });
});

describe("createNonce", () => {
  it("gives 128 random bits in base64, a new value each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(() => contentSecurityPolicy({ nonce })).not.toThrow();
    }
  });
});

describe("API_CONTENT_SECURITY_POLICY", () => {
  it("lets a route handler's answer load, run and be framed by nothing", () => {
    expect(API_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});

import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("falls back to the embedded database and port 3000 when nothing is set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_POOL_SIZE).toBe(10);
    expect(env.BLUEPRINT_DATA_DIR).toBe(".data");
  });

  it("treats blank values as unset", () => {
    const env = parseEnv({ DATABASE_URL: "  ", PORT: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
  });

  it("accepts a PostgreSQL URL and numeric settings given as strings", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://app:secret@db.internal:5432/blueprint",
      PORT: "8080",
      DATABASE_POOL_SIZE: "25",
    });
    expect(env).toMatchObject({
      DATABASE_URL: "postgresql://app:secret@db.internal:5432/blueprint",
      PORT: 8080,
      DATABASE_POOL_SIZE: 25,
    });
  });

  it("names every invalid variable in one error", () => {
    let caught: unknown;
    try {
      parseEnv({ DATABASE_URL: "mysql://localhost/db", PORT: "eighty", DATABASE_POOL_SIZE: "0" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvError);
    const problems = (caught as EnvError).problems.join("\n");
    expect(problems).toMatch(/^DATABASE_URL: must be a postgresql:\/\/ connection URL$/m);
    expect(problems).toMatch(/^PORT: /m);
    expect(problems).toMatch(/^DATABASE_POOL_SIZE: /m);
  });
});

function problemsOf(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems.join("\n");
    throw error;
  }
  throw new Error("expected the environment to be rejected");
}

describe("parseEnv: accounts and sign-in", () => {
  const secret = "0123456789abcdef0123456789abcdef";

  it("defaults to e-mail sign-in with links in the server log and no other provider", () => {
    const env = parseEnv({});
    expect(env.AUTH_SECRET).toBeUndefined();
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.smtp).toBeUndefined();
    expect(env.github).toBeUndefined();
    expect(env.google).toBeUndefined();
    expect(env.oidc).toBeUndefined();
  });

  it("derives the default public address from PORT and keeps only the origin of APP_URL", () => {
    expect(parseEnv({ PORT: "8080" }).APP_URL).toBe("http://localhost:8080");
    expect(parseEnv({ PORT: "8080" }).appUrlConfigured).toBe(false);
    expect(parseEnv({ APP_URL: "https://decide.example" }).appUrlConfigured).toBe(true);
    expect(parseEnv({ APP_URL: "https://Blueprint.Example.com/" }).APP_URL).toBe(
      "https://blueprint.example.com",
    );
  });

  it("takes the address from NEXTAUTH_URL when only that is set, and refuses two different ones", () => {
    expect(parseEnv({ NEXTAUTH_URL: "https://decide.example.com" }).APP_URL).toBe(
      "https://decide.example.com",
    );
    expect(
      parseEnv({ APP_URL: "https://a.example.com", NEXTAUTH_URL: "https://a.example.com/" })
        .APP_URL,
    ).toBe("https://a.example.com");
    expect(
      problemsOf({ APP_URL: "https://a.example.com", NEXTAUTH_URL: "https://b.example.com" }),
    ).toMatch(/^NEXTAUTH_URL: differs from APP_URL/m);
  });

  it("rejects an APP_URL with a path, another protocol or no protocol", () => {
    for (const APP_URL of [
      "https://example.com/blueprint",
      "ftp://example.com",
      "example.com",
      "https://example.com/?x=1",
    ]) {
      expect(problemsOf({ APP_URL })).toMatch(/^APP_URL: must be the site's address/m);
    }
  });

  it("requires a secret of at least 32 characters when one is given", () => {
    expect(parseEnv({ AUTH_SECRET: secret }).AUTH_SECRET).toBe(secret);
    expect(problemsOf({ AUTH_SECRET: "short" })).toMatch(/^AUTH_SECRET: must be at least 32/m);
  });

  it("sends e-mail only with both SMTP_URL and EMAIL_FROM", () => {
    const env = parseEnv({
      SMTP_URL: "smtps://user:pass@mail.example.com:465",
      EMAIL_FROM: "Blueprint <blueprint@example.com>",
    });
    expect(env.smtp).toEqual({
      url: "smtps://user:pass@mail.example.com:465",
      from: "Blueprint <blueprint@example.com>",
    });
    expect(
      parseEnv({ SMTP_URL: "smtp://127.0.0.1:2525", EMAIL_FROM: "me@example.com" }).smtp,
    ).toEqual({ url: "smtp://127.0.0.1:2525", from: "me@example.com" });
    expect(problemsOf({ SMTP_URL: "smtp://127.0.0.1:2525" })).toBe(
      "EMAIL_FROM: required for sending e-mail, because SMTP_URL is set",
    );
    expect(problemsOf({ EMAIL_FROM: "me@example.com" })).toBe(
      "SMTP_URL: required for sending e-mail, because EMAIL_FROM is set",
    );
  });

  it("rejects malformed mail settings", () => {
    const problems = problemsOf({
      SMTP_URL: "https://mail.example.com",
      EMAIL_FROM: "Blueprint <not an address>",
    });
    expect(problems).toMatch(/^SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/m);
    expect(problems).toMatch(/^EMAIL_FROM: must be an e-mail address/m);
  });

  it("turns on GitHub and Google only when both of their variables are set", () => {
    const env = parseEnv({
      GITHUB_ID: "gh-id",
      GITHUB_SECRET: "gh-secret",
      GOOGLE_ID: "g-id",
      GOOGLE_SECRET: "g-secret",
    });
    expect(env.github).toEqual({ clientId: "gh-id", clientSecret: "gh-secret" });
    expect(env.google).toEqual({ clientId: "g-id", clientSecret: "g-secret" });

    const problems = problemsOf({ GITHUB_ID: "gh-id", GOOGLE_SECRET: "g-secret" });
    expect(problems).toMatch(
      /^GITHUB_SECRET: required for GitHub sign-in, because GITHUB_ID is set$/m,
    );
    expect(problems).toMatch(
      /^GOOGLE_ID: required for Google sign-in, because GOOGLE_SECRET is set$/m,
    );
  });

  it("turns on OpenID Connect only when all four of its variables are set", () => {
    const complete = {
      OIDC_ISSUER: "https://sso.example.com/realms/main/",
      OIDC_CLIENT_ID: "blueprint",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_NAME: "Example SSO",
    };
    expect(parseEnv(complete).oidc).toEqual({
      issuer: "https://sso.example.com/realms/main",
      clientId: "blueprint",
      clientSecret: "s3cret",
      name: "Example SSO",
    });

    const problems = problemsOf({
      OIDC_ISSUER: complete.OIDC_ISSUER,
      OIDC_CLIENT_ID: complete.OIDC_CLIENT_ID,
    });
    expect(problems).toMatch(
      /^OIDC_CLIENT_SECRET: required for OpenID Connect sign-in, because OIDC_ISSUER and OIDC_CLIENT_ID are set$/m,
    );
    expect(problems).toMatch(/^OIDC_NAME: required for OpenID Connect sign-in/m);
  });

  it("accepts a plain-http issuer only on this machine", () => {
    const rest = { OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "secret", OIDC_NAME: "Dev SSO" };
    expect(
      parseEnv({ ...rest, OIDC_ISSUER: "http://localhost:8080/realms/dev" }).oidc?.issuer,
    ).toBe("http://localhost:8080/realms/dev");
    expect(problemsOf({ ...rest, OIDC_ISSUER: "http://sso.example.com" })).toMatch(
      /^OIDC_ISSUER: must be the provider's https:\/\/ issuer URL/m,
    );
  });
});

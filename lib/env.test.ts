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

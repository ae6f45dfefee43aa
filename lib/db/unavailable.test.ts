import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

describe("isDatabaseUnavailable", () => {
  it("recognises a database that is down, restarting or dropped the connection", () => {
    expect(isDatabaseUnavailable({ code: "P1001", message: "Can't reach database server" })).toBe(
      true,
    );
    expect(isDatabaseUnavailable({ code: "57P01" })).toBe(true);
    expect(isDatabaseUnavailable(new Error("the database system is shutting down"))).toBe(true);
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
      code: "ECONNREFUSED",
    });
    expect(isDatabaseUnavailable(new Error("query failed", { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable({ originalCode: "57P03", message: "x" })).toBe(true);
  });

  it("leaves bugs and bad input alone", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "23505", message: "duplicate key value" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

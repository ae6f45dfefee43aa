import { describe, expect, it } from "vitest";
import { describeDatabaseUrl } from "./launch";

describe("describeDatabaseUrl", () => {
  it("never prints a password", () => {
    expect(describeDatabaseUrl("postgresql://app:s3cret@db.internal:5432/blueprint")).toBe(
      "postgresql://app:***@db.internal:5432/blueprint",
    );
  });

  it("keeps URLs without credentials as they are", () => {
    expect(describeDatabaseUrl("postgresql://127.0.0.1:5432/postgres")).toBe(
      "postgresql://127.0.0.1:5432/postgres",
    );
  });

  it("does not echo what it cannot parse", () => {
    expect(describeDatabaseUrl("not a url with p4ss")).toBe("(unparseable URL)");
  });
});

import { describe, expect, it } from "vitest";
import { schemaOf } from "./prisma";

describe("schemaOf", () => {
  it("finds the schema a connection URL selects through its options", () => {
    expect(schemaOf("postgresql://u@h:5432/db?options=-c%20search_path%3De2e_1_abc")).toBe(
      "e2e_1_abc",
    );
  });

  it("leaves Prisma's default when the URL selects none", () => {
    expect(schemaOf("postgresql://u@h:5432/db")).toBeUndefined();
    expect(
      schemaOf("postgresql://u@h:5432/db?options=-c%20statement_timeout%3D5000"),
    ).toBeUndefined();
  });
});

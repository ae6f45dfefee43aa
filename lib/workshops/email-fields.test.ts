import { describe, expect, it } from "vitest";
import { createWorkshopSchema, joinWorkshopSchema } from "./schema";

// The optional addresses of issue 6: the participant's (reminder and results) and the
// facilitator's ("everyone has voted").

describe("the participant's address", () => {
  const valid = { displayName: "Sam", role: "ml_engineer" };

  it("is optional; blank means none", () => {
    expect(joinWorkshopSchema.parse(valid)).toEqual(valid);
    expect(joinWorkshopSchema.parse({ ...valid, email: "   " })).toEqual({ ...valid, email: null });
  });

  it("is trimmed and lower-cased", () => {
    expect(joinWorkshopSchema.parse({ ...valid, email: " Sam@Example.COM " }).email).toBe(
      "sam@example.com",
    );
  });

  it("is refused with a code the form words when it is no address", () => {
    const result = joinWorkshopSchema.safeParse({ ...valid, email: "sam at example" });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["email"], message: "invalid-email" }),
    ]);
    const tooLong = joinWorkshopSchema.safeParse({
      ...valid,
      email: `${"a".repeat(250)}@example.com`,
    });
    expect(tooLong.error?.issues[0]?.message).toBe("too-long");
  });
});

describe("the facilitator's address", () => {
  const valid = { title: "t", teamName: "n", frameworkId: "ml-lifecycle", mode: "async" };

  it("is optional and normalised", () => {
    expect(createWorkshopSchema.parse(valid)).not.toHaveProperty("notifyEmail");
    expect(
      createWorkshopSchema.parse({ ...valid, notifyEmail: "Lead@Example.com" }).notifyEmail,
    ).toBe("lead@example.com");
  });

  it("is refused when it is no address", () => {
    const result = createWorkshopSchema.safeParse({ ...valid, notifyEmail: "lead@" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["notifyEmail"] });
  });
});

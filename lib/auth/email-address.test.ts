import { describe, expect, it } from "vitest";
import { emailAddressSchema, maskEmailAddress } from "./email-address";

describe("emailAddressSchema", () => {
  it("trims and lower-cases an address", () => {
    expect(emailAddressSchema.parse("  Sam.Lee@Example.COM ")).toBe("sam.lee@example.com");
  });

  it("rejects what is not a single address", () => {
    for (const input of ["", "sam", "sam@", "a@b.com,c@d.com", '"sam"@example.com', "sam @x.com"]) {
      expect(emailAddressSchema.safeParse(input).success, input).toBe(false);
    }
    expect(emailAddressSchema.safeParse(`${"a".repeat(250)}@example.com`).success).toBe(false);
  });
});

describe("maskEmailAddress", () => {
  it("keeps the first letter and the domain, nothing else of the name", () => {
    expect(maskEmailAddress("sam.lee@example.com")).toBe("s•••@example.com");
    expect(maskEmailAddress("a@b.io")).toBe("a•••@b.io");
    expect(maskEmailAddress("not-an-address")).toBe("•••");
  });
});

import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("keeps the language the browser chose", () => {
    expect(negotiateLocale("de", "en-US,en;q=0.9")).toBe("de");
    expect(negotiateLocale("en", "de-DE")).toBe("en");
  });

  it("takes the best language of Accept-Language that Blueprint speaks", () => {
    expect(negotiateLocale(undefined, "de-AT,de;q=0.9,en;q=0.5")).toBe("de");
    expect(negotiateLocale(undefined, "fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7")).toBe("de");
    expect(negotiateLocale(undefined, "en;q=0.4,de;q=0.8")).toBe("de");
    expect(negotiateLocale(undefined, "en-GB")).toBe("en");
  });

  it("falls back to English for nothing, an unknown choice or a broken header", () => {
    expect(negotiateLocale(undefined, null)).toBe("en");
    expect(negotiateLocale("xx", "fr-FR")).toBe("en");
    expect(negotiateLocale("DE;", "*")).toBe("en");
    expect(negotiateLocale(undefined, "en_US!!,ä")).toBe("en");
  });
});

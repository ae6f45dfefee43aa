import { describe, expect, it } from "vitest";
import { themeCookie, themeFrom } from "./theme";

describe("theme", () => {
  it("reads only the two remembered choices, anything else is the system setting", () => {
    expect(themeFrom("dark")).toBe("dark");
    expect(themeFrom("light")).toBe("light");
    expect(themeFrom(undefined)).toBe("system");
    expect(themeFrom("purple")).toBe("system");
  });

  it("remembers a choice for a year and forgets it for the system setting", () => {
    expect(themeCookie("dark")).toBe("bp_theme=dark; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(themeCookie("system")).toContain("Max-Age=0");
  });
});

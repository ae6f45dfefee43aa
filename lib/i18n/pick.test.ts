import { describe, expect, it } from "vitest";
import { pickMessages } from "./pick";

describe("pickMessages", () => {
  const all = {
    site: { theme: { light: "Light" }, footer: "F" },
    results: { title: "Results", table: { median: "Median" } },
    mail: { subject: "S" },
  };

  it("keeps only the parts named, with their nesting", () => {
    expect(pickMessages(all, ["site.theme", "results.table"])).toEqual({
      site: { theme: { light: "Light" } },
      results: { table: { median: "Median" } },
    });
  });

  it("covers a part inside one named whole, and leaves the source untouched", () => {
    const picked = pickMessages(all, ["results.table", "results"]);
    expect(picked).toEqual({ results: all.results });
    expect(all.results.table).toEqual({ median: "Median" });
    expect(pickMessages(all, ["nothing.here"])).toEqual({});
  });
});

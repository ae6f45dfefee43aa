import { describe, expect, it } from "vitest";
import { buildOrBuy } from "./build-or-buy";
import { expectCompleteTemplate, recommendedFor } from "./test-support";

// Criterion order: differentiation, urgency, control, engineering, spend.
describe("the build-or-buy framework", () => {
  it("is a complete, valid template without warnings", () => {
    expectCompleteTemplate(buildOrBuy);
    expect(buildOrBuy.tradeOffs.length).toBeGreaterThan(0);
    expect(buildOrBuy.facts.length).toBeGreaterThan(0);
  });

  it("sends a start-up needing single sign-on for an enterprise deal to a product", () => {
    // Commodity, due in weeks, no residency rules, engineers busy on the product, money from the deal.
    const rows = [
      [1, 5, 2, 2, 4],
      [2, 5, 1, 1, 4],
      [1, 4, 2, 2, 5],
      [2, 5, 2, 2, 3],
    ];
    expect(recommendedFor(buildOrBuy, rows)).toBe("buy");
  });

  it("sends a fintech's pricing engine to an in-house build", () => {
    // Core to the product, no hard date, must stay in-house, a team to own it, modest budget.
    const rows = [
      [5, 2, 5, 5, 3],
      [5, 1, 5, 4, 2],
      [4, 2, 5, 5, 3],
    ];
    expect(recommendedFor(buildOrBuy, rows)).toBe("build");
  });

  it("sends a public-sector team needing search over sovereign data to open source", () => {
    // Ordinary capability, wanted this quarter, data must stay on own servers, ops skills, no budget.
    const rows = [
      [2, 3, 5, 3, 1],
      [2, 3, 4, 3, 1],
      [3, 4, 4, 4, 2],
      [2, 3, 4, 3, 1],
      [3, 3, 5, 3, 1],
    ];
    expect(recommendedFor(buildOrBuy, rows)).toBe("adopt-open-source");
  });
});

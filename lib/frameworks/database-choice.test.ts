import { describe, expect, it } from "vitest";
import { databaseChoice } from "./database-choice";
import { expectCompleteTemplate, recommendedFor } from "./test-support";

// Criterion order: query-variety, consistency, scale, shape-variety, operations.
describe("the database-choice framework", () => {
  it("is a complete, valid template without warnings, and has no trade-off table", () => {
    expectCompleteTemplate(databaseChoice);
    expect(databaseChoice.tradeOffs).toEqual([]);
  });

  it("sends an internal billing service to a relational database", () => {
    const rows = [
      [5, 5, 1, 1, 2],
      [4, 5, 2, 2, 2],
      [5, 5, 2, 1, 3],
    ];
    expect(recommendedFor(databaseChoice, rows)).toBe("relational");
  });

  it("sends a marketplace catalogue with items from many suppliers to a document database", () => {
    const rows = [
      [3, 2, 4, 5, 2],
      [3, 3, 4, 5, 2],
      [2, 2, 3, 5, 3],
      [3, 2, 4, 4, 2],
    ];
    expect(recommendedFor(databaseChoice, rows)).toBe("document");
  });

  it("sends a device telemetry service with one lookup pattern to a managed key-value store", () => {
    const rows = [
      [1, 1, 5, 2, 1],
      [1, 2, 5, 3, 1],
      [2, 1, 5, 2, 2],
    ];
    expect(recommendedFor(databaseChoice, rows)).toBe("key-value");
  });

  it("sends a global booking ledger with database specialists to distributed SQL", () => {
    const rows = [
      [4, 5, 5, 1, 5],
      [4, 5, 5, 2, 4],
      [3, 5, 5, 1, 5],
    ];
    expect(recommendedFor(databaseChoice, rows)).toBe("distributed-sql");
  });
});

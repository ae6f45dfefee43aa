import { describe, expect, it } from "vitest";
import { onCallModel } from "./on-call-model";
import { expectCompleteTemplate, recommendedFor } from "./test-support";

// Criterion order: availability, change-pace, time-zones, ops-staff, team-depth.
describe("the on-call-model framework", () => {
  it("is a complete, valid template without warnings, and has no facts", () => {
    expectCompleteTemplate(onCallModel);
    expect(onCallModel.facts).toEqual([]);
  });

  it("sends a one-time-zone SaaS company with six-person teams and daily deploys to its own teams", () => {
    const rows = [
      [3, 5, 1, 1, 4],
      [3, 5, 1, 2, 4],
      [4, 4, 1, 1, 5],
      [3, 5, 2, 1, 4],
    ];
    expect(recommendedFor(onCallModel, rows)).toBe("you-build-it-you-run-it");
  });

  it("sends a payments processor with operations on three continents to follow the sun", () => {
    // Minutes matter, planned releases, capable people in three regions, an operations group.
    const rows = [
      [5, 2, 5, 4, 2],
      [5, 2, 5, 4, 3],
      [5, 3, 4, 4, 2],
    ];
    expect(recommendedFor(onCallModel, rows)).toBe("follow-the-sun");
  });

  it("sends many small teams with strict targets and a reliability budget to an SRE rotation", () => {
    // Fast answers needed, weekly releases, one region, money for specialists, teams of three.
    const rows = [
      [4, 3, 2, 5, 2],
      [4, 3, 1, 5, 1],
      [5, 3, 2, 4, 2],
      [4, 2, 2, 5, 2],
    ];
    expect(recommendedFor(onCallModel, rows)).toBe("sre-rotation");
  });

  it("never sends a single-site team to follow the sun", () => {
    const rows = [
      [5, 2, 1, 4, 2],
      [5, 2, 1, 5, 2],
    ];
    expect(recommendedFor(onCallModel, rows)).not.toBe("follow-the-sun");
  });
});

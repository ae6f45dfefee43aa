import { describe, expect, it } from "vitest";
import { explain } from "@/lib/results/explanation";
import { recommend, SCORES, validateFramework } from "@/lib/scoring";
import { frameworks, getFramework, mlLifecycle } from "./index";

describe("the ml-lifecycle framework", () => {
  it("passes the scoring library's own validation", () => {
    expect(() => validateFramework(mlLifecycle)).not.toThrow();
  });

  it("has the four criteria and three options of the domain, ids unique", () => {
    expect(mlLifecycle.id).toBe("ml-lifecycle");
    expect(mlLifecycle.criteria.map((c) => [c.id, c.kind])).toEqual([
      ["governance", "need"],
      ["speed", "need"],
      ["skills", "capacity"],
      ["cost", "capacity"],
    ]);
    expect(mlLifecycle.options.map((o) => o.id)).toEqual([
      "linear-handoff",
      "iterative-loop",
      "continuous-delivery",
    ]);
  });

  it("uses exactly the profiles of docs/scoring.md", () => {
    expect(Object.fromEntries(mlLifecycle.options.map((o) => [o.id, o.profile]))).toEqual({
      "linear-handoff": { governance: 5, speed: 2, skills: 2, cost: 1 },
      "iterative-loop": { governance: 2, speed: 5, skills: 3, cost: 2 },
      "continuous-delivery": { governance: 3, speed: 5, skills: 4, cost: 4 },
    });
  });

  it("describes both ends of every scale and gives the sentence fragments", () => {
    for (const criterion of mlLifecycle.criteria) {
      expect(criterion.anchors[1].length).toBeGreaterThan(10);
      expect(criterion.anchors[5].length).toBeGreaterThan(10);
      for (const key of Object.keys(criterion.anchors)) expect(SCORES.map(String)).toContain(key);
      expect(criterion.help).not.toBe("");
      expect(criterion.label).toBe(criterion.label.toLowerCase());
      for (const slot of ["{option}", "{profile}", "{team}"])
        expect(criterion.shortfall).toContain(slot);
    }
  });

  it("has a six-row trade-off table covering every option", () => {
    expect(mlLifecycle.tradeOffs).toHaveLength(6);
    const optionIds = mlLifecycle.options.map((o) => o.id).sort();
    for (const row of mlLifecycle.tradeOffs) {
      expect(Object.keys(row.cells).sort()).toEqual(optionIds);
    }
    expect(new Set(mlLifecycle.tradeOffs.map((row) => row.id)).size).toBe(6);
  });

  it("gives every option an implementation path, strengths, weaknesses and risks", () => {
    for (const option of mlLifecycle.options) {
      expect(option.implementation).toMatchObject({
        pilot: expect.any(String),
        roles: expect.any(String),
        scaling: expect.any(String),
        review: expect.any(String),
      });
      expect(option.risks?.length).toBeGreaterThan(0);
      expect(option.strengths?.length).toBeGreaterThan(0);
      expect(option.weaknesses?.length).toBeGreaterThan(0);
      expect(option.habitat).toBeTruthy();
    }
  });

  it("keeps its frequent-question facts and the small-team note as data", () => {
    const ids = mlLifecycle.facts.map((fact) => fact.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(["switching-later", "rare-retraining", "monitoring"]),
    );
    expect(mlLifecycle.smallTeamNote).toMatch(/checklist plus version control/);
  });

  it("reproduces the worked example with its real texts", () => {
    const rows = { p1: [5, 3, 4, 3], p2: [4, 3, 4, 3], p3: [5, 4, 3, 3], p4: [4, 2, 4, 4] };
    const ballots = Object.entries(rows).map(
      ([participantId, [governance, speed, skills, cost]]) => ({
        participantId,
        votes: { governance: governance!, speed: speed!, skills: skills!, cost: cost! },
      }),
    );
    const result = recommend(mlLifecycle, ballots);
    expect(result.ranking.map((r) => [r.optionId, r.fit, r.criticalGaps])).toEqual([
      ["linear-handoff", 86.71875, []],
      ["continuous-delivery", 81.25, []],
      ["iterative-loop", 78.125, ["governance"]],
    ]);
    expect(result.closeCall).toBeNull();
    expect(result.stabilityCounts).toEqual({ kept: 72, total: 81 });
    const sentences = explain(mlLifecycle, result, "en");
    expect(sentences).toContain(
      "Critical gap: Iterative Feedback Loop offers audit and sign-off strength of only 2 of 5, while the team needs 4.5.",
    );
    expect(sentences.some((s) => s.startsWith("First step: Pilot"))).toBe(true);
  });

  it("sends a team with platform engineers, budget and no regulator to the pipeline", () => {
    // Contract 2's reason for continuous delivery's speed of 5: with 4, this team got the loop.
    const votes = { governance: 2, speed: 5, skills: 5, cost: 5 };
    const result = recommend(
      mlLifecycle,
      ["a", "b", "c"].map((participantId) => ({ participantId, votes })),
    );
    expect(result.recommended).toBe("continuous-delivery");
  });

  it("adds the rare-retraining fact only where it supports the recommendation", () => {
    const explanationFor = (votes: Record<string, number>) =>
      explain(
        mlLifecycle,
        recommend(
          mlLifecycle,
          ["a", "b", "c"].map((participantId) => ({ participantId, votes })),
        ),
        "en",
      ).join(" ");
    const fact = "a well-documented handoff is enough";
    // Slow retraining but a team built for a pipeline: continuous delivery wins, and the
    // explanation must not go on to call the pipeline more machinery than the work needs.
    expect(explanationFor({ governance: 3, speed: 2, skills: 4, cost: 4 })).not.toContain(fact);
    expect(explanationFor({ governance: 1, speed: 2, skills: 3, cost: 2 })).not.toContain(fact);
    expect(explanationFor({ governance: 5, speed: 2, skills: 2, cost: 1 })).toContain(fact);
  });

  it("words a capacity gap the way the team scored it", () => {
    const result = recommend(mlLifecycle, [
      { participantId: "a", votes: { governance: 3, speed: 4, skills: 2, cost: 4 } },
    ]);
    expect(explain(mlLifecycle, result, "en")).toContain(
      "Critical gap: Continuous Delivery Pipeline needs engineering skills at 4 of 5, and the team scored its own 2.",
    );
  });
});

describe("framework registry", () => {
  it("finds built-in frameworks by id and nothing else", () => {
    expect(frameworks).toContain(mlLifecycle);
    expect(getFramework("ml-lifecycle")).toBe(mlLifecycle);
    expect(getFramework("unknown")).toBeUndefined();
    expect(getFramework("")).toBeUndefined();
  });

  it("lists frameworks with unique ids", () => {
    expect(new Set(frameworks.map((f) => f.id)).size).toBe(frameworks.length);
  });
});

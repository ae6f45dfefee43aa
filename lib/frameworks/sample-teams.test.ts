import { describe, expect, it } from "vitest";
import { frameworks } from "./index";
import { sampleTeams } from "./sample-teams";

describe("sampleTeams", () => {
  it("sends a team that looks like each built-in option to that option", () => {
    for (const framework of frameworks) {
      const teams = sampleTeams(framework);
      expect(teams).toHaveLength(framework.options.length + 1);
      for (const team of teams.slice(0, -1)) {
        expect(team.recommended, `${framework.id}: ${team.lookingLike}`).toBe(team.lookingLike);
        expect(team.ranking[0]!.optionId).toBe(team.recommended);
      }
      expect(teams.at(-1)!.lookingLike).toBeNull();
    }
  });

  it("shows when two options cannot be told apart", () => {
    const [first] = frameworks;
    const twin = { ...first!.options[0]!, id: "twin", name: "Twin" };
    const teams = sampleTeams({ ...first!, options: [...first!.options, twin], tradeOffs: [] });
    // The team made to look like the twin gets the first of the two identical options.
    expect(teams.find((team) => team.lookingLike === "twin")!.recommended).toBe(
      first!.options[0]!.id,
    );
  });
});

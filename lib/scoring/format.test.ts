import { describe, expect, it } from "vitest";
import {
  capitalise,
  countNoun,
  formatMargin,
  formatNumber,
  formatPercent,
  joinWords,
} from "./format";

describe("formatting for people", () => {
  it("rounds to one decimal without trailing zeros", () => {
    expect(formatNumber(86.71875)).toBe("86.7");
    expect(formatNumber(4.5)).toBe("4.5");
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(82.8125)).toBe("82.8");
    expect(formatNumber(-0.01)).toBe("0");
    expect(formatNumber(2.75, 2)).toBe("2.75");
  });

  it("writes shares as whole percentages", () => {
    expect(formatPercent(72 / 81)).toBe("89%");
    expect(formatPercent(1)).toBe("100%");
  });

  it("counts nouns and joins lists the way sentences need", () => {
    expect(countNoun(0, "gap")).toBe("no gaps");
    expect(countNoun(1, "gap")).toBe("1 gap");
    expect(countNoun(2, "person", "people")).toBe("2 people");
    expect(joinWords([])).toBe("");
    expect(joinWords(["a"])).toBe("a");
    expect(joinWords(["a", "b", "c"])).toBe("a, b and c");
    expect(capitalise("first step")).toBe("First step");
  });
});

describe("formatMargin", () => {
  it("never rounds a close call up to 5 points", () => {
    expect(formatMargin(4.96)).toBe("4.96");
    expect(formatMargin(3.90625)).toBe("3.9");
    expect(formatMargin(0)).toBe("0");
  });
});

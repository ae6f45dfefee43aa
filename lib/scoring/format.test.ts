import { describe, expect, it } from "vitest";
import { capitalise, formatMargin, formatNumber, marginDecimals, roundTo } from "./format";

describe("formatting for people", () => {
  it("rounds to one decimal without trailing zeros", () => {
    expect(formatNumber(86.71875)).toBe("86.7");
    expect(formatNumber(4.5)).toBe("4.5");
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(82.8125)).toBe("82.8");
    expect(formatNumber(-0.01)).toBe("0");
    expect(formatNumber(2.75, 2)).toBe("2.75");
  });

  it("rounds numbers for a sentence without ever giving -0", () => {
    expect(roundTo(86.71875)).toBe(86.7);
    expect(roundTo(81.25, 3)).toBe(81.25);
    expect(Object.is(roundTo(-0.01), 0)).toBe(true);
  });

  it("capitalises the first letter only", () => {
    expect(capitalise("first step")).toBe("First step");
    expect(capitalise("")).toBe("");
  });
});

describe("formatMargin", () => {
  it("never rounds a close call up to 5 points", () => {
    expect(marginDecimals(4.96)).toBe(2);
    expect(marginDecimals(3.90625)).toBe(1);
    expect(formatMargin(4.96)).toBe("4.96");
    expect(formatMargin(3.90625)).toBe("3.9");
    expect(formatMargin(0)).toBe("0");
  });
});

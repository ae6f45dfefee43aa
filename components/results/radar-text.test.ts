import { describe, expect, it } from "vitest";
import { formatMedian, formatMiddleHalf, formatOptionValue } from "./radar-text";

describe("the table's numbers", () => {
  it("writes the median with at most one decimal, or says nobody voted", () => {
    expect(formatMedian(4.5)).toBe("4.5");
    expect(formatMedian(4)).toBe("4");
    expect(formatMedian(3.25)).toBe("3.3");
    expect(formatMedian(null)).toBe("no votes");
  });

  it("writes the middle half as a range, or a single value when it is one", () => {
    expect(formatMiddleHalf(4, 5)).toBe("4 to 5");
    expect(formatMiddleHalf(3.5, 4.25)).toBe("3.5 to 4.3");
    expect(formatMiddleHalf(3, 3)).toBe("3");
    expect(formatMiddleHalf(null, null)).toBe("no votes");
    expect(formatMiddleHalf(2, null)).toBe("no votes");
  });

  it("writes option scores as whole numbers", () => {
    expect(formatOptionValue(4)).toBe("4");
    expect(formatOptionValue(4.4)).toBe("4");
    expect(formatOptionValue(undefined)).toBe("not scored");
  });
});

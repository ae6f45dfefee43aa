import { describe, expect, it } from "vitest";
import {
  escapeXml,
  formatMedian,
  formatMiddleHalf,
  formatOptionValue,
  longestWordWidth,
  wrapText,
} from "./radar-text";

/** One pixel a character keeps the expectations readable. */
const byLength = (text: string) => text.length;

describe("wrapping labels", () => {
  it("fills each line up to the width, breaking between words", () => {
    expect(wrapText("Operational cost and infrastructure capacity", 14, byLength)).toEqual([
      "Operational",
      "cost and",
      "infrastructure",
      "capacity",
    ]);
    expect(wrapText("Speed of iteration", 40, byLength)).toEqual(["Speed of iteration"]);
  });

  it("keeps a word wider than the line on a line of its own rather than splitting it", () => {
    expect(wrapText("a infrastructure b", 5, byLength)).toEqual(["a", "infrastructure", "b"]);
  });

  it("ignores extra spaces and gives no lines for no text", () => {
    expect(wrapText("  Team   structure ", 40, byLength)).toEqual(["Team structure"]);
    expect(wrapText("", 40, byLength)).toEqual([]);
  });

  it("measures the longest word", () => {
    expect(longestWordWidth("Team structure and skills", byLength)).toBe(9);
  });
});

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

describe("escaping text for svg markup", () => {
  it("escapes the characters XML reserves", () => {
    expect(escapeXml(`R&D <"fast"> 'n' slow`)).toBe(
      "R&amp;D &lt;&quot;fast&quot;&gt; &apos;n&apos; slow",
    );
  });
});

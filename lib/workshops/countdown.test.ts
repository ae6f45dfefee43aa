import { describe, expect, it } from "vitest";
import { formatMinutesLeft, minutesLeft, untilNextChange } from "./countdown";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const text = (milliseconds: number) => formatMinutesLeft(minutesLeft(milliseconds));

describe("the deadline countdown", () => {
  it("says how long is left in days, hours and minutes, rounding down", () => {
    expect(text(2 * HOUR + 14 * MINUTE + 59_999)).toBe("2 h 14 min");
    expect(text(3 * HOUR)).toBe("3 h");
    expect(text(5 * MINUTE + 1)).toBe("5 min");
    expect(text(DAY + 4 * HOUR + 30 * MINUTE)).toBe("1 day 4 h");
    expect(text(3 * DAY + 20 * MINUTE)).toBe("3 days");
    expect(text(59 * MINUTE + 59_999)).toBe("59 min");
  });

  it("says less than a minute in the last minute, and nothing once the deadline passed", () => {
    expect(text(59_999)).toBe("less than a minute");
    expect(text(1)).toBe("less than a minute");
    expect(text(0)).toBeNull();
    expect(text(-5 * MINUTE)).toBeNull();
    expect(minutesLeft(0)).toBe(-1);
  });

  it("wakes up exactly when the minute count changes, and stops after the deadline", () => {
    expect(untilNextChange(2 * MINUTE + 1500)).toBe(1501);
    expect(untilNextChange(2 * MINUTE)).toBe(1);
    expect(untilNextChange(400)).toBe(401);
    expect(untilNextChange(0)).toBeNull();
    // After waiting that long, the text has changed.
    const left = 2 * HOUR + 14 * MINUTE + 12_345;
    const wait = untilNextChange(left)!;
    expect(text(left - wait)).not.toBe(text(left));
    expect(text(left - wait + 1)).toBe(text(left));
  });
});

import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import { minutesLeft, timeLeft, untilNextChange, type TimeLeft } from "./countdown";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The time left as the Deadline component words it (ballot.deadline.left). */
function words(left: TimeLeft | null, locale: Locale): string | null {
  return left && wordsFor(locale, "ballot")(`deadline.left.${left.form}`, left);
}

const text = (milliseconds: number, locale: Locale = "en") =>
  words(timeLeft(minutesLeft(milliseconds)), locale);

describe("the deadline countdown", () => {
  it("counts days and hours, hours and minutes, or minutes, rounding down", () => {
    expect(timeLeft(minutesLeft(2 * HOUR + 14 * MINUTE + 59_999))).toEqual({
      form: "hoursMinutes",
      hours: 2,
      minutes: 14,
    });
    expect(timeLeft(minutesLeft(3 * HOUR))).toEqual({ form: "hours", hours: 3 });
    expect(timeLeft(minutesLeft(DAY + 4 * HOUR + 30 * MINUTE))).toEqual({
      form: "daysHours",
      days: 1,
      hours: 4,
    });
    expect(timeLeft(minutesLeft(3 * DAY + 20 * MINUTE))).toEqual({ form: "days", days: 3 });
    expect(timeLeft(minutesLeft(5 * MINUTE + 1))).toEqual({ form: "minutes", minutes: 5 });
  });

  it("says how long is left in days, hours and minutes", () => {
    expect(text(2 * HOUR + 14 * MINUTE + 59_999)).toBe("2 h 14 min");
    expect(text(3 * HOUR)).toBe("3 h");
    expect(text(5 * MINUTE + 1)).toBe("5 min");
    expect(text(DAY + 4 * HOUR + 30 * MINUTE)).toBe("1 day 4 h");
    expect(text(3 * DAY + 20 * MINUTE)).toBe("3 days");
    expect(text(59 * MINUTE + 59_999)).toBe("59 min");
  });

  it("says it in German after 'endet in'", () => {
    expect(text(2 * HOUR + 14 * MINUTE, "de")).toBe("2 h 14 min");
    expect(text(DAY + 4 * HOUR, "de")).toBe("1 Tag 4 h");
    expect(text(3 * DAY, "de")).toBe("3 Tagen");
    expect(text(30_000, "de")).toBe("weniger als einer Minute");
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

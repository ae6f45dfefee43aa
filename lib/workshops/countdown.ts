// The countdown to an async workshop's deadline, as pure functions shared by the page (the
// Deadline component, which words it in the reader's language) and its tests. It counts whole
// minutes: finer would only make the text twitch, and a screen reader has nothing to gain from
// seconds.

/** Whole minutes left before the deadline, or -1 once it has passed. */
export function minutesLeft(milliseconds: number): number {
  return milliseconds <= 0 ? -1 : Math.floor(milliseconds / 60_000);
}

/**
 * How the time left reads, as the message that words it (ballot.deadline.left) and its numbers:
 * days and hours while days are left ("3 days 4 h"), hours and minutes while hours are
 * ("2 h 14 min"), minutes, or less than a minute; the units that are 0 are left out.
 */
export type TimeLeft =
  | { form: "lessThanMinute" }
  | { form: "days"; days: number }
  | { form: "daysHours"; days: number; hours: number }
  | { form: "hours"; hours: number }
  | { form: "hoursMinutes"; hours: number; minutes: number }
  | { form: "minutes"; minutes: number };

/** How `minutes` left read (see TimeLeft); null once the deadline passed. */
export function timeLeft(minutes: number): TimeLeft | null {
  if (minutes < 0) return null;
  if (minutes === 0) return { form: "lessThanMinute" };
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) return hours > 0 ? { form: "daysHours", days, hours } : { form: "days", days };
  if (hours > 0) {
    return rest > 0 ? { form: "hoursMinutes", hours, minutes: rest } : { form: "hours", hours };
  }
  return { form: "minutes", minutes: rest };
}

/** Milliseconds until minutesLeft next changes; null once the deadline passed. */
export function untilNextChange(milliseconds: number): number | null {
  if (milliseconds <= 0) return null;
  // The count drops when the time left falls below the next whole minute.
  return (milliseconds % 60_000) + 1;
}

/** Whether a deadline is still ahead (false for none). */
export function isAhead(deadline: Date | null, now: number = Date.now()): boolean {
  return deadline !== null && deadline.getTime() > now;
}

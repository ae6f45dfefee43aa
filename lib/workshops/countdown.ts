// The countdown to an async workshop's deadline, as pure functions shared by the page (the
// Deadline component) and its tests. It counts whole minutes: finer would only make the text
// twitch, and a screen reader has nothing to gain from seconds.

/** Whole minutes left before the deadline, or -1 once it has passed. */
export function minutesLeft(milliseconds: number): number {
  return milliseconds <= 0 ? -1 : Math.floor(milliseconds / 60_000);
}

/** "3 days 4 h", "2 h 14 min", "5 min", "less than a minute"; null once the deadline passed. */
export function formatMinutesLeft(minutes: number): string | null {
  if (minutes < 0) return null;
  if (minutes === 0) return "less than a minute";
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) {
    const dayText = days === 1 ? "1 day" : `${days} days`;
    return hours > 0 ? `${dayText} ${hours} h` : dayText;
  }
  if (hours > 0) return rest > 0 ? `${hours} h ${rest} min` : `${hours} h`;
  return `${rest} min`;
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

"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * How a moment reads: the day spelled out, a 24-hour clock (midnight is 00:00, never "12:00
 * am") and the zone's name, so that people in different places never guess whose time it is.
 */
const FORMAT: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
};

/**
 * A moment in the reader's own time zone, named. The server cannot know that zone, so it renders
 * the time in UTC; the browser replaces it with local time once the page is live.
 */
export function LocalTime({ iso, prefix = "" }: { iso: string; prefix?: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const text = hydrated
    ? new Intl.DateTimeFormat(undefined, FORMAT).format(date)
    : new Intl.DateTimeFormat("en-GB", { ...FORMAT, timeZone: "UTC" }).format(date);
  return (
    <time dateTime={iso}>
      {prefix}
      {text}
    </time>
  );
}

"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A moment in the reader's own time zone. The server cannot know that zone, so it renders the
 * time in UTC (and says so); the browser replaces it with local time once the page is live.
 */
export function LocalTime({ iso, prefix = "" }: { iso: string; prefix?: string }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const text = hydrated
    ? new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(date)
    : `${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date)} UTC`;
  return (
    <time dateTime={iso}>
      {prefix}
      {text}
    </time>
  );
}

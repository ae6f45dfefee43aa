"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";
import type { IntlLocale } from "@/lib/i18n/locales";

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
 * The page's language as this browser writes it: the browser's own variant of that language
 * (en-US, en-GB, de-AT…) when it has one, else the language as such.
 */
function browserFormatLocales(locale: IntlLocale): string[] {
  const language = new Intl.Locale(locale).language;
  const variants = navigator.languages.filter((tag) => {
    try {
      return new Intl.Locale(tag).language === language;
    } catch {
      return false; // a tag Intl cannot read is no variant of anything
    }
  });
  return [...variants, locale];
}

/**
 * A moment in the reader's own time zone, named, in the page's language. The server cannot know
 * that zone, so it renders the time in UTC in the page's own locale (English as in Britain, the
 * day before the month); the browser replaces it with local time once the page is live.
 */
export function LocalTime({ iso, prefix = "" }: { iso: string; prefix?: string }) {
  const locale = useLocale();
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const date = new Date(iso);
  const text = hydrated
    ? new Intl.DateTimeFormat(browserFormatLocales(locale), FORMAT).format(date)
    : new Intl.DateTimeFormat(locale, { ...FORMAT, timeZone: "UTC" }).format(date);
  return (
    <time dateTime={iso}>
      {prefix}
      {text}
    </time>
  );
}

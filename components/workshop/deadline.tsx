"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import { LocalTime } from "@/components/ui/local-time";
import { minutesLeft, timeLeft, untilNextChange, type TimeLeft } from "@/lib/workshops/countdown";

/**
 * Whole minutes left before `deadline` (-1 once passed), re-read exactly when the count changes;
 * null on the server and during hydration, which cannot know the reader's clock.
 */
function useMinutesLeft(deadline: number): number | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        const wait = untilNextChange(deadline - Date.now());
        if (wait === null) return;
        timer = setTimeout(() => {
          onChange();
          schedule();
        }, wait);
      };
      schedule();
      return () => clearTimeout(timer);
    },
    [deadline],
  );
  return useSyncExternalStore(
    subscribe,
    () => minutesLeft(deadline - Date.now()),
    () => null,
  );
}

/** What happens at the deadline, said before it comes. */
const AT = { reveal: "at.reveal", close: "at.close" } as const;

const AFTER = { reveal: "after.reveal", close: "after.close" } as const;

/** The time left in the reader's language: "2 h 14 min", "3 days", "less than a minute". */
function useTimeLeftWords(left: TimeLeft | null): string | null {
  const t = useTranslations("ballot.deadline");
  if (left === null) return null;
  switch (left.form) {
    case "lessThanMinute":
      return t("left.lessThanMinute");
    case "days":
      return t("left.days", left);
    case "daysHours":
      return t("left.daysHours", left);
    case "hours":
      return t("left.hours", left);
    case "hoursMinutes":
      return t("left.hoursMinutes", left);
    case "minutes":
      return t("left.minutes", left);
  }
}

/**
 * An async workshop's deadline in the reader's own time zone, with a countdown ("closes in
 * 2 h 14 min") that changes once a minute. The countdown is not a live region, so screen readers
 * are not interrupted every minute; only the moment voting closes is announced. When the
 * deadline passes while the page is open, the page is refreshed, which shows the round closed
 * (the server settles the deadline on every read).
 */
export function Deadline({
  iso,
  action,
  refreshWhenClosed = true,
}: {
  /** The deadline, as an ISO 8601 string. */
  iso: string;
  /** What happens at the deadline; left out, the text after it only says voting closed. */
  action?: "reveal" | "close";
  refreshWhenClosed?: boolean;
}) {
  const t = useTranslations("ballot.deadline");
  const router = useRouter();
  const minutes = useMinutesLeft(new Date(iso).getTime());
  const left = useTimeLeftWords(minutes === null ? null : timeLeft(minutes));
  const closed = minutes !== null && minutes < 0;

  const sawOpen = useRef(false);
  useEffect(() => {
    if (minutes === null) return;
    if (minutes >= 0) {
      sawOpen.current = true;
      return;
    }
    if (!sawOpen.current || !refreshWhenClosed) return;
    // A moment after the deadline, so that the server's clock has passed it too, spread over a
    // few seconds so that a whole room does not ask at the same instant.
    const timer = setTimeout(() => router.refresh(), 2000 + Math.random() * 3000);
    return () => clearTimeout(timer);
  }, [minutes, refreshWhenClosed, router]);

  return (
    <p className="rounded-control border-line bg-surface text-ink border p-3">
      <span className="font-medium">{t("label")} </span>
      <LocalTime iso={iso} />
      {left ? <span data-testid="deadline-countdown">. {t("closesIn", { left })}</span> : null}
      {!closed && action ? <span> {t(AT[action])}</span> : null}
      {closed ? "." : null}{" "}
      <span role="status">{closed ? t(action ? AFTER[action] : "after.none") : ""}</span>
    </p>
  );
}

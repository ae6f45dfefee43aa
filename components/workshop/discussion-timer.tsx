"use client";

import { Pause, Play, Plus, RotateCcw, Timer } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";

const DEFAULT_MINUTES = 5;

type Clock =
  { state: "idle" } | { state: "running"; endsAt: number } | { state: "paused"; leftMs: number };

function leftOf(clock: Clock, now: number): number {
  if (clock.state === "running") return Math.max(0, clock.endsAt - now);
  if (clock.state === "paused") return clock.leftMs;
  return DEFAULT_MINUTES * 60_000;
}

function minutesAndSeconds(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * A countdown for discussing one topic in the room: five minutes, with pause, a minute more
 * and reset. It lives in this browser only; nobody else's screen is affected.
 */
export function DiscussionTimer({ topic }: { topic: string }) {
  const t = useTranslations("facilitator.timer");
  const [clock, setClock] = useState<Clock>({ state: "idle" });
  const [now, setNow] = useState(() => Date.now());
  const running = clock.state === "running";
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [running]);

  const left = leftOf(clock, now);
  const over = clock.state !== "idle" && left === 0;
  const start = () => {
    const at = Date.now();
    setNow(at);
    setClock({ state: "running", endsAt: at + left });
  };
  const pause = () => setClock({ state: "paused", leftMs: left });
  const more = () => {
    const at = Date.now();
    setNow(at);
    setClock(
      clock.state === "paused"
        ? { state: "paused", leftMs: clock.leftMs + 60_000 }
        : {
            state: "running",
            endsAt: Math.max(clock.state === "running" ? clock.endsAt : at, at) + 60_000,
          },
    );
  };
  const buttonClass = `${secondaryButtonClass} min-h-11 gap-1.5 px-3 text-base [&>svg]:size-5`;

  return (
    <div
      role="group"
      aria-label={t("label", { topic })}
      className="flex flex-wrap items-center gap-3"
    >
      {clock.state === "idle" ? (
        <button type="button" onClick={start} className={buttonClass}>
          <Timer aria-hidden="true" />
          {t("start", { minutes: DEFAULT_MINUTES })}
        </button>
      ) : (
        <>
          <p
            className={`min-w-[5ch] font-mono text-4xl font-bold tabular-nums ${over ? "text-danger" : ""}`}
            data-testid="timer"
          >
            <span className="sr-only">{t("timeLeft")} </span>
            {minutesAndSeconds(left)}
          </p>
          {/* Said once when the time runs out, not every second. */}
          <p className="sr-only" aria-live="assertive">
            {over ? t("upFor", { topic }) : ""}
          </p>
          {over ? <p className="text-danger text-xl font-semibold">{t("up")}</p> : null}
          {running && !over ? (
            <button type="button" onClick={pause} className={buttonClass}>
              <Pause aria-hidden="true" />
              {t("pause")}
            </button>
          ) : !over ? (
            <button type="button" onClick={start} className={buttonClass}>
              <Play aria-hidden="true" />
              {t("resume")}
            </button>
          ) : null}
          <button type="button" onClick={more} className={buttonClass}>
            <Plus aria-hidden="true" />
            {t("more")}
          </button>
          <button type="button" onClick={() => setClock({ state: "idle" })} className={buttonClass}>
            <RotateCcw aria-hidden="true" />
            {t("reset")}
          </button>
        </>
      )}
    </div>
  );
}

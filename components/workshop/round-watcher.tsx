"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const INTERVAL_MS = 5000;

/**
 * Watches the workshop's newest round from a page that is heavy to re-render (the results), by
 * polling its small round endpoint, and re-reads the page only when the round changed.
 */
export function RoundWatcher({
  workshopId,
  round,
}: {
  workshopId: string;
  round: { number: number; status: string };
}) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      if (document.visibilityState !== "visible") return;
      try {
        const response = await fetch(`/api/workshops/${workshopId}/round`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const latest = (await response.json()) as { number: number; status: string };
        if (latest.number !== round.number || latest.status !== round.status) router.refresh();
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    };
    const timer = setInterval(() => void check(), INTERVAL_MS);
    document.addEventListener("visibilitychange", check);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", check);
    };
  }, [workshopId, round.number, round.status, router]);
  return null;
}

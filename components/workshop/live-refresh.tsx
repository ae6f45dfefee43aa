"use client";

import { useAutoRefresh } from "./use-auto-refresh";

/** Keeps a server-rendered page current while something on it may change. */
export function LiveRefresh({ active }: { active: boolean }) {
  useAutoRefresh(active);
  return null;
}

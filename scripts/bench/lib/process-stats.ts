import { readdirSync, readFileSync } from "node:fs";

// What the app server costs, read from /proc: its CPU time and its peak memory.

/** Peak resident memory (VmHWM) of the real Next.js server under the spawned process group. */
export function peakMemoryMb(
  groupLeader: number,
): { pid: number; name: string; mb: number } | null {
  let best: { pid: number; name: string; mb: number } | null = null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the parenthesised name: state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== groupLeader) continue;
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const name = /^Name:\s*(.+)$/m.exec(status)?.[1] ?? "?";
      const kb = Number(/^VmHWM:\s*(\d+)\s*kB/m.exec(status)?.[1] ?? 0);
      const candidate = { pid: Number(entry), name, mb: kb / 1024 };
      // The server renames itself "next-server"; otherwise the biggest process of the group.
      const isServer = name.startsWith("next-server");
      if (!best || isServer || (!best.name.startsWith("next-server") && candidate.mb > best.mb)) {
        best = candidate;
        if (isServer) return best;
      }
    } catch {
      // Gone meanwhile.
    }
  }
  return best;
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

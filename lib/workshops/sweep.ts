import "server-only";
import { sweepRateLimits } from "@/lib/http/rate-limit";
import { sendDueMails, type MailOutcome } from "@/lib/mail/outbox";
import { settleDeadlines, type SettledRound } from "./deadlines";

// The periodic work of async workshops: settle the deadlines that passed, then send the mails
// that are due (a reveal by deadline earns its results mails in the same run). Every app
// instance runs it; both halves are safe to run concurrently (see deadlines.ts and
// lib/mail/outbox.ts), so there is no leader to elect. The same timer also deletes rate limit
// buckets whose windows have ended (lib/http/rate-limit.ts), one indexed DELETE.

export const SWEEP_INTERVAL_MS = 30_000;

export interface SweepResult {
  settled: SettledRound[];
  mails: MailOutcome[];
}

export async function runSweep(now: Date = new Date()): Promise<SweepResult> {
  const settled = await settleDeadlines({ now });
  const mails = await sendDueMails(now);
  return { settled, mails };
}

// One sweeper per process, on globalThis so that a development reload does not start another.
const globalForSweep = globalThis as typeof globalThis & { blueprintSweeper?: NodeJS.Timeout };

/**
 * Runs the sweep every SWEEP_INTERVAL_MS, starting one interval after the call. Deadlines and
 * mail run as two loops, so a slow mail server never delays a deadline; a run that fails is
 * logged and the next one tries again; a run still going when the next is due is not doubled.
 * The timer is unref'd, so it never keeps the process alive on its own.
 */
export function startSweeper(intervalMs: number = SWEEP_INTERVAL_MS): void {
  if (globalForSweep.blueprintSweeper) return;
  const loop = (what: string, work: () => Promise<unknown>) => {
    let running = false;
    return () => {
      if (running) return;
      running = true;
      work()
        .catch((error: unknown) => console.error(`The ${what} sweep failed`, error))
        .finally(() => {
          running = false;
        });
    };
  };
  const deadlines = loop("deadline", () => settleDeadlines({ now: new Date() }));
  const mails = loop("mail", () => sendDueMails(new Date()));
  const rateLimits = loop("rate limit", () => sweepRateLimits(new Date()));
  const timer = setInterval(() => {
    deadlines();
    mails();
    rateLimits();
  }, intervalMs);
  timer.unref();
  globalForSweep.blueprintSweeper = timer;
}

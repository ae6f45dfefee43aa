import "server-only";
import { countHit, deleteBucketsBefore } from "@/lib/db/rate-limit-buckets";
import { RateLimitedError } from "@/lib/workshops/errors";
import { clientAddress } from "./client-address";

// Rate limits that hold across app instances: fixed windows counted in PostgreSQL
// (rate_limit_buckets, lib/db/rate-limit-buckets.ts), one upsert per check. A fixed window lets
// a client spend up to twice its limit around a window's end; that is fine for limits meant to
// stop scripts and floods, not to meter people, and it keeps a check to one indexed row.
//
// Per-address limits count what lib/http/client-address.ts says the address is. With
// TRUSTED_PROXY_HOPS=0 every client shares one bucket, and even behind a proxy a whole office
// or a conference hall shares one address, so every per-address limit fits a room of 300.

export interface RateLimit {
  /** What is counted: the first part of the bucket's key. */
  readonly name: string;
  /** Hits allowed per window; the one after them is refused. */
  readonly limit: number;
  readonly windowSeconds: number;
}

/**
 * Joining a workshop, per client address: a room of 300 behind one NAT joins within minutes,
 * and some of them twice (a second device, a cleared cookie), so 600 in 10 minutes. A script
 * gets one fake participant a second at most, and the facilitator can remove them.
 */
export const JOINS_PER_ADDRESS: RateLimit = { name: "join", limit: 600, windowSeconds: 600 };

/**
 * Opening a secret link (invite, facilitator, share, unsubscribe), per client address: the room
 * of 300 opens the invite link and reloads it now and then, leadership follows a share link
 * and its live page reconnects, so 1,200 in 10 minutes (2 a second). The links' 128 random bits
 * already make guessing hopeless; this caps the load a link scraper can cause.
 */
export const LINK_LOOKUPS_PER_ADDRESS: RateLimit = {
  name: "link",
  limit: 1200,
  windowSeconds: 600,
};

/**
 * Saved ballot answers, per participant (a save of several answers counts each): every tap
 * saves, and a note saves after a 700 ms typing pause, so someone answering quickly and writing
 * notes saves well under one answer a second. 120 a minute never gets in a person's way, and
 * holds a script to 2 a second.
 */
export const VOTE_SAVES_PER_PARTICIPANT: RateLimit = {
  name: "vote",
  limit: 120,
  windowSeconds: 60,
};

/**
 * Sign-in e-mails, per client address: sessions last 30 days, so sign-in mails are rare even
 * when a room of facilitators signs in together; 30 an hour lets them, and stops one source
 * from mailing a list of strangers.
 */
export const SIGN_IN_MAILS_PER_ADDRESS: RateLimit = {
  name: "sign-in",
  limit: 30,
  windowSeconds: 3600,
};

/**
 * Sign-in e-mails, per recipient (counted under a hash of the address, never the address):
 * someone whose mail is slow asks again once or twice; 5 an hour keeps anyone's inbox from
 * being flooded from many addresses at once.
 */
export const SIGN_IN_MAILS_PER_RECIPIENT: RateLimit = {
  name: "sign-in-to",
  limit: 5,
  windowSeconds: 3600,
};

const LIMITS = [
  JOINS_PER_ADDRESS,
  LINK_LOOKUPS_PER_ADDRESS,
  VOTE_SAVES_PER_PARTICIPANT,
  SIGN_IN_MAILS_PER_ADDRESS,
  SIGN_IN_MAILS_PER_RECIPIENT,
];
const LONGEST_WINDOW_MS = Math.max(...LIMITS.map((limit) => limit.windowSeconds)) * 1000;

export interface RateWindow {
  /** The window `now` falls in; windows are aligned to the epoch, so every instance agrees. */
  start: Date;
  /** Whole seconds until the next window starts: what Retry-After says. At least 1. */
  retryAfterSeconds: number;
}

export function windowAt(limit: RateLimit, now: Date): RateWindow {
  const length = limit.windowSeconds * 1000;
  const start = Math.floor(now.getTime() / length) * length;
  return {
    start: new Date(start),
    retryAfterSeconds: Math.max(1, Math.ceil((start + length - now.getTime()) / 1000)),
  };
}

export function bucketKey(limit: RateLimit, subject: string): string {
  return `${limit.name}:${subject}`;
}

export interface RateLimitOutcome {
  allowed: boolean;
  /** Hits in this window so far, this one included. */
  count: number;
  retryAfterSeconds: number;
}

/**
 * Counts one hit of `subject` (a client address, a participant id) against `limit`. `now` is
 * the app's clock, passed in so that tests can move it; instances' clocks agree to well under
 * a second (NTP), which only shifts a window's edge by as much.
 */
export async function hit(
  limit: RateLimit,
  subject: string,
  now: Date = new Date(),
): Promise<RateLimitOutcome> {
  const window = windowAt(limit, now);
  const count = await countHit(bucketKey(limit, subject), window.start);
  return { allowed: count <= limit.limit, count, retryAfterSeconds: window.retryAfterSeconds };
}

/** Counts one hit and throws RateLimitedError (a 429 from route handlers) when it is over. */
export async function enforce(
  limit: RateLimit,
  subject: string,
  now: Date = new Date(),
): Promise<void> {
  const outcome = await hit(limit, subject, now);
  if (!outcome.allowed) throw new RateLimitedError(outcome.retryAfterSeconds);
}

/** Counts one hit of the request's client address (lib/http/client-address.ts). */
export async function hitByClient(
  limit: RateLimit,
  incoming: Headers,
  now: Date = new Date(),
): Promise<RateLimitOutcome> {
  return hit(limit, clientAddress(incoming), now);
}

/** enforce() for the request's client address. */
export async function enforceByClient(
  limit: RateLimit,
  incoming: Headers,
  now: Date = new Date(),
): Promise<void> {
  return enforce(limit, clientAddress(incoming), now);
}

/** "a few seconds", "about a minute", "about 7 minutes": how long to wait, in words. */
export function waitInWords(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 45) return "a few seconds";
  const minutes = Math.round(retryAfterSeconds / 60);
  return minutes <= 1 ? "about a minute" : `about ${minutes} minutes`;
}

/**
 * The answer of a route handler a person opens in the browser (a link, not an API call) when
 * it is over a limit: a plain page, because a route handler cannot render the app's layout.
 */
export function tooManyRequestsPage(retryAfterSeconds: number): Response {
  const body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Please wait a moment · Blueprint</title></head>
<body>
<h1>Please wait a moment</h1>
<p>A lot of Blueprint links were opened from your network in the last few minutes. Wait ${waitInWords(retryAfterSeconds)}, then open the link again.</p>
</body>
</html>`;
  return new Response(body, {
    status: 429,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(retryAfterSeconds),
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}

/** Deletes the buckets of windows that have ended for every limit (the periodic sweep). */
export async function sweepRateLimits(now: Date = new Date()): Promise<number> {
  return deleteBucketsBefore(new Date(now.getTime() - LONGEST_WINDOW_MS));
}

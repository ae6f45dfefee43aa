import "server-only";
import { countHit, deleteBucketsBefore, uncountHit } from "@/lib/db/rate-limit-buckets";
import { RateLimitedError, AppError, waitInMinutes } from "@/lib/errors";
import { INTL_LOCALE, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { wordsFor } from "@/lib/i18n/words";
import { clientAddress } from "./client-address";

// Rate limits that hold across app instances: fixed windows counted in PostgreSQL
// (rate_limit_buckets, lib/db/rate-limit-buckets.ts), one upsert per check. A fixed window lets
// a client spend up to twice its limit around a window's end; that is fine for limits meant to
// stop scripts and floods, not to meter people, and it keeps a check to one indexed row.
//
// Whom a limit counts decides whom it can lock out. Per-address limits count what
// lib/http/client-address.ts says the address is, and with TRUSTED_PROXY_HOPS=0 every client
// shares one bucket, so anything counted per address is a budget for the whole server that one
// script can spend. Hence:
//
// - What a real person does with a valid secret (open a link, join a workshop) is counted per
//   link or per workshop, never per address: someone flooding with their own workshop's links
//   uses up only that workshop's budget.
// - Requests whose token is unknown are counted per address, in "miss" buckets that real people
//   holding a valid link never touch: a flood of made-up tokens holds back only made-up tokens
//   (and the odd mistyped link) from that address.
// - What is still counted per address (workshops started without an account, sign-in e-mails)
//   is sized for a room of 300 behind one NAT, and counts only what a person really gets: a
//   workshop made, a sign-in e-mail sent.

export interface RateLimit {
  /** What is counted: the first part of the bucket's key. */
  readonly name: string;
  /** Hits allowed per window; the one after them is refused. */
  readonly limit: number;
  readonly windowSeconds: number;
}

/**
 * Joining a workshop, per workshop: a room of 300 joins within minutes, and some of them twice
 * (a second device, a cleared cookie), so 600 in 10 minutes. A script with the invite link gets
 * one fake participant a second at most, into that one workshop, and the facilitator can remove
 * them or replace the link. Counted per workshop rather than per address, so that nobody can
 * spend the joins of a room they are not in.
 */
export const JOINS_PER_WORKSHOP: RateLimit = { name: "join", limit: 600, windowSeconds: 600 };

/**
 * Joins with an invite token that belongs to no workshop (never made, or replaced), per client
 * address: a room still holding a replaced link tries it once or twice each, so 600 in 10
 * minutes. Only such misses count here, so a flood of made-up tokens never holds back a real
 * join from the same address.
 */
export const JOIN_MISSES_PER_ADDRESS: RateLimit = {
  name: "join-miss",
  limit: 600,
  windowSeconds: 600,
};

/**
 * Opening one secret link (an invite, a facilitator link, a share link or its live stream and
 * CSV, an unsubscribe link), per link: the room of 300 opens the invite link and reloads it now
 * and then, leadership follows a share link and its live page reconnects, so 1,200 in 10
 * minutes (2 a second). Counted after the lookup found the link, per link, so that only those
 * who hold it can use it up; it caps the load one holder can cause.
 */
export const LOOKUPS_PER_LINK: RateLimit = { name: "link", limit: 1200, windowSeconds: 600 };

/**
 * Opening a secret link that does not exist (or was revoked, replaced or expired), per client
 * address: the links' 256 random bits already make guessing hopeless; this answers a scraper
 * with 429 rather than an endless stream of 404s, and caps what its lookups cost. A room opening
 * a revoked link and reloading it fits well within 600 in 10 minutes. Real links never count
 * here, so this bucket running full holds nobody with a valid link back.
 */
export const LINK_MISSES_PER_ADDRESS: RateLimit = {
  name: "link-miss",
  limit: 600,
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
 * Workshops started without an account, per client address: a training where 50 facilitators
 * try the app together starts two workshops each, so 100 in 10 minutes, while a script is held
 * to one every 6 seconds. Only valid requests count (a refused form costs nothing). Signed-in
 * facilitators count per account instead (below), so a script spending this bucket holds back
 * no one who signed in.
 */
export const WORKSHOP_CREATES_PER_ADDRESS: RateLimit = {
  name: "create",
  limit: 100,
  windowSeconds: 600,
};

/**
 * Workshops started by one account: someone preparing a workshop for each team of a department
 * starts a few dozen at most, so 100 in 10 minutes, the same pace as the address limit above.
 */
export const WORKSHOP_CREATES_PER_ACCOUNT: RateLimit = {
  name: "create-user",
  limit: 100,
  windowSeconds: 600,
};

/**
 * Frameworks saved, imported or copied by one account: an author saving a draft every few
 * minutes for an afternoon stays far below 120 in 10 minutes; a script filling the table does not.
 */
export const FRAMEWORK_SAVES_PER_ACCOUNT: RateLimit = {
  name: "framework-save",
  limit: 120,
  windowSeconds: 600,
};

/**
 * Sign-in e-mails sent, per client address: stops one source from mailing a list of strangers.
 * Counts only mails that go out, after the recipient's own limit let them through, so asking
 * again and again for one inbox (someone waiting for slow mail, or a script) never spends it:
 * to use it up one has to mail 300 links to at least 60 different inboxes. 300 an hour lets a
 * whole room of facilitators sign in together even when they all share the one bucket of
 * TRUSTED_PROXY_HOPS=0.
 */
export const SIGN_IN_MAILS_PER_ADDRESS: RateLimit = {
  name: "sign-in",
  limit: 300,
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

/**
 * Join codes that stand for no open workshop, per client address. A code is six characters, so
 * guessing is cheaper than for a link: fewer tries than for links, still enough for a room that
 * mistypes now and then from behind one address. Real codes never count here.
 */
export const JOIN_CODE_MISSES_PER_ADDRESS: RateLimit = {
  name: "join-code-miss",
  limit: 120,
  windowSeconds: 600,
};

/**
 * Workshop mails (reminders, results links, "everyone has voted"), per recipient across every
 * workshop, counted under a keyed hash of the address. Addresses given on joining are not
 * confirmed, so without it anyone could join one workshop hundreds of times with someone
 * else's address and send them a mail each per reveal. A person in a few workshops gets a
 * handful a day; a mail over the limit is dropped, not put off.
 */
export const WORKSHOP_MAILS_PER_RECIPIENT: RateLimit = {
  name: "mail-to",
  limit: 10,
  windowSeconds: 3600,
};

const LIMITS = [
  JOINS_PER_WORKSHOP,
  JOIN_MISSES_PER_ADDRESS,
  LOOKUPS_PER_LINK,
  LINK_MISSES_PER_ADDRESS,
  JOIN_CODE_MISSES_PER_ADDRESS,
  VOTE_SAVES_PER_PARTICIPANT,
  WORKSHOP_CREATES_PER_ADDRESS,
  WORKSHOP_CREATES_PER_ACCOUNT,
  SIGN_IN_MAILS_PER_ADDRESS,
  SIGN_IN_MAILS_PER_RECIPIENT,
  WORKSHOP_MAILS_PER_RECIPIENT,
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

/**
 * Takes back a hit counted by hit() at `now`, for a request that a later check refused: what it
 * counted was never done.
 */
export async function giveBack(
  limit: RateLimit,
  subject: string,
  now: Date = new Date(),
): Promise<void> {
  await uncountHit(bucketKey(limit, subject), windowAt(limit, now).start);
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

/** What looking up a secret link came to: found, not there, or held back by a limit. */
export type LinkLookup<Found> =
  | { outcome: "found"; found: Found }
  | { outcome: "missing" }
  | { outcome: "limited"; retryAfterSeconds: number };

/**
 * Looks a secret link up and counts it: a link that exists against its own LOOKUPS_PER_LINK
 * (`linkOf` names it, e.g. "invite:<workshop id>"), one that does not against the client's
 * `misses` (LINK_MISSES_PER_ADDRESS, or JOIN_CODE_MISSES_PER_ADDRESS for the shorter join
 * codes). The lookup comes first, because only it tells the two apart; it is one indexed read,
 * about what the counting costs.
 */
export async function lookUpLink<Found>(
  incoming: Headers,
  find: () => Promise<Found | null>,
  linkOf: (found: Found) => string,
  now: Date = new Date(),
  misses: RateLimit = LINK_MISSES_PER_ADDRESS,
): Promise<LinkLookup<Found>> {
  const found = await find();
  const counted =
    found === null
      ? await hitByClient(misses, incoming, now)
      : await hit(LOOKUPS_PER_LINK, linkOf(found), now);
  if (!counted.allowed) return { outcome: "limited", retryAfterSeconds: counted.retryAfterSeconds };
  return found === null ? { outcome: "missing" } : { outcome: "found", found };
}

/** lookUpLink() for JSON route handlers: the link, or a thrown not-found or rate-limited. */
export async function requireLink<Found>(
  incoming: Headers,
  find: () => Promise<Found | null>,
  linkOf: (found: Found) => string,
): Promise<Found> {
  const lookup = await lookUpLink(incoming, find, linkOf);
  if (lookup.outcome === "limited") throw new RateLimitedError(lookup.retryAfterSeconds);
  if (lookup.outcome === "missing") throw new AppError("not-found");
  return lookup.found;
}

/** The language cookie's value in a Cookie header (lib/i18n/locales.ts LOCALE_COOKIE). */
function chosenLocale(cookieHeader: string | null): string | undefined {
  for (const pair of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = pair.split("=");
    if (name?.trim() === LOCALE_COOKIE) return value.join("=").trim();
  }
  return undefined;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The answer of a route handler a person opens in the browser (a link, not an API call) when
 * it is over a limit: a plain page, because a route handler cannot render the app's layout. It
 * speaks the request's language, chosen as every page's is (lib/i18n/negotiate.ts).
 */
export function tooManyRequestsPage(
  retryAfterSeconds: number,
  request: { headers: Pick<Headers, "get"> },
): Response {
  const locale = negotiateLocale(
    chosenLocale(request.headers.get("cookie")),
    request.headers.get("accept-language"),
  );
  const t = wordsFor(locale, "errors");
  const title = escapeHtml(t("tooManyRequests.title"));
  const text = escapeHtml(t("tooManyRequests.text", { minutes: waitInMinutes(retryAfterSeconds) }));
  const body = `<!doctype html>
<html lang="${INTL_LOCALE[locale]}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} · Blueprint</title></head>
<body>
<h1>${title}</h1>
<p>${text}</p>
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

// Which facilitator cookies a browser keeps. Each facilitator link the browser opens leaves one
// cookie of about 100 bytes; an attacker who sends someone through ~170 links of workshops they
// made pushes that browser's Cookie header past Node's 16 KB limit, and from then on every page
// answers it 431 before any of our code runs (issue 12). So a browser keeps at most
// MAX_FACILITATOR_COOKIES of them, and setting one drops the oldest beyond that.
//
// To know which is oldest, each cookie's value carries the time it was set after the token:
// "<token>.<milliseconds in base 36>". The time is no secret and changes nothing of the token,
// whose 256 bits are all of the secret. Values without a time (set before this) count as oldest.

const FACILITATOR_COOKIE_PREFIX = "bp_facilitator_";

/** Enough for anyone who runs workshops; 20 cookies are about 2.2 KB of Cookie header. */
export const MAX_FACILITATOR_COOKIES = 20;

const VALUE = /^([A-Za-z0-9_-]{43})(?:\.([0-9a-z]{1,11}))?$/;

export function facilitatorCookieName(workshopId: string): string {
  return `${FACILITATOR_COOKIE_PREFIX}${workshopId}`;
}

export function facilitatorCookieValue(token: string, setAt: Date): string {
  return `${token}.${setAt.getTime().toString(36)}`;
}

/** The token and the time it was set, or null for a value this app never set. */
export function parseFacilitatorCookie(value: string): { token: string; setAt: number } | null {
  const match = VALUE.exec(value);
  if (!match) return null;
  return { token: match[1]!, setAt: match[2] === undefined ? 0 : parseInt(match[2], 36) };
}

/**
 * The names of the facilitator cookies to delete so that, with the one about to be set (named
 * `setting`), the browser holds at most `max`: the oldest first, and any this app never set.
 */
export function facilitatorCookiesToDrop(
  cookies: readonly { name: string; value: string }[],
  setting: string,
  max = MAX_FACILITATOR_COOKIES,
): string[] {
  const others = cookies
    .filter(
      (cookie) => cookie.name.startsWith(FACILITATOR_COOKIE_PREFIX) && cookie.name !== setting,
    )
    .map((cookie) => ({
      name: cookie.name,
      setAt: parseFacilitatorCookie(cookie.value)?.setAt ?? -1,
    }))
    // Newest first; ties (old cookies without a time) in name order, so the choice is stable.
    .sort((a, b) => b.setAt - a.setAt || a.name.localeCompare(b.name));
  return others.slice(Math.max(0, max - 1)).map((cookie) => cookie.name);
}

/**
 * The longest address to return to after signing in that is accepted anywhere: the sign-in
 * request, next-auth's callback cookie, and the e-mailed link, which must be read whole by the
 * check that ties it to the browser that asked for it (sign-in-browser.ts).
 */
export const MAX_CALLBACK_URL_LENGTH = 2048;

/**
 * Where to go after signing in, as a path on this site. next-auth hands over absolute URLs,
 * pages hand over paths. Both are resolved the way a browser would resolve them (which
 * ignores tabs and newlines and reads "\" as "/"), and anything that lands on another origin
 * falls back to the workshop list instead of becoming an open redirect.
 */
export function safeCallbackPath(value: string | undefined, appUrl: string): string {
  const fallback = "/workshops";
  if (!value) return fallback;
  try {
    const base = new URL(appUrl);
    const url = new URL(value, base);
    // A path that starts with "//" would be read as another host once it is a redirect.
    if (url.origin !== base.origin || url.pathname.startsWith("//")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

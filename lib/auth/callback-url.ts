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

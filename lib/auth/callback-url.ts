/**
 * Where to go after signing in, as a path on this site. next-auth hands over absolute URLs,
 * pages hand over paths; anything pointing elsewhere (another host, "//evil.example",
 * "/\evil.example") falls back to the workshop list instead of becoming an open redirect.
 */
export function safeCallbackPath(value: string | undefined, appUrl: string): string {
  const fallback = "/workshops";
  if (!value) return fallback;
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) {
    return value.includes("\\") ? fallback : value;
  }
  try {
    const url = new URL(value);
    if (url.origin !== new URL(appUrl).origin) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

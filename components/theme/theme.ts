// The reader's theme choice. "system" (no cookie) follows prefers-color-scheme; the other two
// are remembered for a year in a cookie that the server renders as <html data-theme=…>, so the
// first paint is already right (app/globals.css).

export const THEME_COOKIE = "bp_theme";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export function themeFrom(cookie: string | undefined): Theme {
  return cookie === "light" || cookie === "dark" ? cookie : "system";
}

/** The Set-Cookie value that remembers `theme` in the browser (or forgets it for "system"). */
export function themeCookie(theme: Theme): string {
  const age = theme === "system" ? 0 : 60 * 60 * 24 * 365;
  return `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${age}; SameSite=Lax`;
}

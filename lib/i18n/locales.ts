// The languages Blueprint speaks, and how a browser's choice of one is remembered. Pure: the
// server, the browser and the tests share it.

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as a language menu shows it to someone who reads only that. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch" };

export const LOCALE_COOKIE = "bp_locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The Set-Cookie value that remembers `locale` in this browser for a year. */
export function localeCookie(locale: Locale): string {
  return `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${60 * 60 * 24 * 365}; SameSite=Lax`;
}

/**
 * The Intl locale each language writes in, for next-intl (dates, numbers, plurals, <html lang>)
 * and wherever Blueprint formats by itself (mails): its English is British, "3 December 2026"
 * rather than "December 3, 2026".
 */
export const INTL_LOCALE = { en: "en-GB", de: "de-DE" } as const satisfies Record<Locale, string>;
export type IntlLocale = (typeof INTL_LOCALE)[Locale];

/** The language of an Intl locale ("de-DE" is German); English for one Blueprint lacks. */
export function languageOf(tag: string): Locale {
  const language = tag.slice(0, 2).toLowerCase();
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/**
 * The language a request is answered in: the one its browser remembers choosing, else the best
 * of the browser's Accept-Language that Blueprint speaks ("de-AT" is German), else English.
 * Addresses carry no language, so every link people hold works in every language.
 */
export function negotiateLocale(chosen: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(chosen)) return chosen;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const wanted = new Negotiator({ headers: { "accept-language": acceptLanguage } })
    .languages()
    .filter((tag) => tag !== "*");
  try {
    const found = match(wanted, LOCALES, DEFAULT_LOCALE);
    return isLocale(found) ? found : DEFAULT_LOCALE;
  } catch {
    // A tag Intl cannot read ("en_US", "x-?") is the browser's mistake, not a reason to fail.
    return DEFAULT_LOCALE;
  }
}

import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { negotiateLocale } from "./negotiate";

/**
 * The language of the request being answered (page, route handler or server action): what
 * next-intl renders in, and what is kept with an address given in it, so that the mails to that
 * address come in the same language.
 */
export async function requestLocale(): Promise<Locale> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return negotiateLocale(jar.get(LOCALE_COOKIE)?.value, head.get("accept-language"));
}

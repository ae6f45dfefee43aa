import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE } from "./locales";
import { messages } from "./messages";
import { negotiateLocale } from "./negotiate";

// next-intl's configuration for each server render (named in next.config.ts): the request's
// language and its messages. An explicit language (a mail to someone who chose another) wins.
export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit)
    ? explicit
    : negotiateLocale(
        (await cookies()).get(LOCALE_COOKIE)?.value,
        (await headers()).get("accept-language"),
      );
  return { locale, messages: messages[locale] };
});

import { getRequestConfig } from "next-intl/server";
import { INTL_LOCALE, languageOf } from "./locales";
import { messages } from "./messages";
import { requestLocale } from "./request-locale";

// next-intl's configuration for each server render (named in next.config.ts): the request's
// language and its messages. next-intl's locale is the language's Intl locale ("en-GB"), so
// that its dates read as Blueprint's own do; an explicit one (getTranslations({ locale })) wins.
export default getRequestConfig(async ({ locale: explicit }) => {
  const language = explicit ? languageOf(explicit) : await requestLocale();
  return { locale: INTL_LOCALE[language], messages: messages[language] };
});

import { createTranslator } from "next-intl";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

/** The words of every mail (lib/i18n/messages/<language>/mail.json), in one language. */
export function mailWords(locale: Locale) {
  return createTranslator({
    locale: INTL_LOCALE[locale],
    messages: messages[locale],
    namespace: "mail",
  });
}

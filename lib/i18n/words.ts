import { createTranslator } from "next-intl";
import { INTL_LOCALE, type Locale } from "./locales";
import { messages, type Messages } from "./messages";

/**
 * The words of one part of the product (lib/i18n/messages/<language>/<part>.json) in one
 * language, for code that makes sentences outside a React tree: mails, the results' reasons,
 * downloads. Pages use next-intl's own getTranslations and useTranslations.
 */
export function wordsFor<Part extends keyof Messages>(locale: Locale, part: Part) {
  return createTranslator({
    locale: INTL_LOCALE[locale],
    messages: messages[locale],
    namespace: part,
  });
}

import { createTranslator } from "next-intl";
import { INTL_LOCALE, type Locale } from "./locales";
import { messages, type Messages } from "./messages";

function translator<Part extends keyof Messages>(locale: Locale, part: Part) {
  return createTranslator({
    locale: INTL_LOCALE[locale],
    messages: messages[locale],
    namespace: part,
  });
}

// One translator per language and part, made once: each keeps the messages it has formatted.
const made = new Map<string, unknown>();

/**
 * The words of one part of the product (lib/i18n/messages/<language>/<part>.json) in one
 * language, for code that makes sentences outside a React tree: mails, the results' reasons,
 * downloads. Pages use next-intl's own getTranslations and useTranslations.
 */
export function wordsFor<Part extends keyof Messages>(
  locale: Locale,
  part: Part,
): ReturnType<typeof translator<Part>> {
  const key = `${locale}/${part}`;
  let words = made.get(key) as ReturnType<typeof translator<Part>> | undefined;
  if (!words) made.set(key, (words = translator(locale, part)));
  return words;
}

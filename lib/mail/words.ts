import type { Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";

/** The words of every mail (lib/i18n/messages/<language>/mail.json), in one language. */
export function mailWords(locale: Locale) {
  return wordsFor(locale, "mail");
}

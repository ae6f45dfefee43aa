import type { IntlLocale } from "./locales";
import type { Messages } from "./messages";

// Makes next-intl's keys and languages typed: a key English does not have fails `npm run check`.
declare module "next-intl" {
  interface AppConfig {
    Locale: IntlLocale;
    Messages: Messages;
  }
}

import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import type { ParticipantRole } from "@/lib/workshops/roles";

// The words and numbers of results made outside React (the view model, the CSV, the series'
// drift): the `results` message part in the viewer's language, and numbers written as that
// language writes them.

export type ResultsWords = ReturnType<typeof wordsFor<"results">>;

export function resultsWords(locale: Locale): ResultsWords {
  return wordsFor(locale, "results");
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number as people write it in `locale`: at most `decimals` decimals, no trailing zeros, no
 * thousands separator ("4.5" in English, "4,5" in German; "3"; "86.7"). English reads as
 * lib/scoring formatNumber writes it.
 */
export function formatNumberIn(locale: Locale, value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const key = `${locale}/${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    formats.set(key, format);
  }
  return format.format(Object.is(rounded, -0) ? 0 : rounded);
}

/** Where each role's label is in the `join` messages. */
const ROLE_LABELS = {
  data_scientist: "roles.data_scientist",
  ml_engineer: "roles.ml_engineer",
  platform_devops: "roles.platform_devops",
  product_business: "roles.product_business",
  compliance_risk: "roles.compliance_risk",
  other: "roles.other",
} as const satisfies Record<ParticipantRole, string>;

/** How a role reads in `locale`, as the join form offers it. */
export function roleLabel(locale: Locale, role: ParticipantRole): string {
  return wordsFor(locale, "join")(ROLE_LABELS[role]);
}

/**
 * Who took part, role by role, as the print-out heads the results and the brief says it:
 * "Data scientist: Ada, Ben; ML engineer: 3" (names where the reader may see them, else a count).
 */
export function takingPartGroups(
  locale: Locale,
  groups: readonly { role: string; count: number; names: readonly string[] }[],
): string {
  const t = resultsWords(locale);
  return groups
    .map(({ role, count, names }) =>
      names.length > 0
        ? t("report.tookPartNames", { role, names: names.join(", ") })
        : t("report.tookPartCount", { role, count }),
    )
    .join("; ");
}

import { useFormatter, useTranslations } from "next-intl";
import type { TableWords } from "./radar-text";

/**
 * The words and number format of the charts' tables (./radar-text.ts) in the reader's language,
 * for server and client components alike.
 */
export function useTableWords(): TableWords {
  const t = useTranslations("results.table");
  const format = useFormatter();
  return {
    noVotes: t("noVotes"),
    notScored: t("notScored"),
    range: (low, high) => t("range", { low, high }),
    number: (value) => format.number(value, { maximumFractionDigits: 1 }),
  };
}

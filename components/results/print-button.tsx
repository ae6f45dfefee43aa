"use client";

import { useTranslations } from "next-intl";
import { secondaryButtonClass } from "@/components/ui/field";

/** Opens the browser's print dialog; the print stylesheet turns the page into a clean PDF. */
export function PrintButton() {
  const t = useTranslations("results");
  return (
    <button type="button" onClick={() => window.print()} className={secondaryButtonClass}>
      {t("print")}
    </button>
  );
}

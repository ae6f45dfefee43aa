"use client";

import { secondaryButtonClass } from "@/components/ui/field";

/** Opens the browser's print dialog; the print stylesheet turns the page into a clean PDF. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={secondaryButtonClass}>
      Print or save as PDF
    </button>
  );
}

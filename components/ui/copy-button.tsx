"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { secondaryButtonClass } from "./field";

/** Copies a value to the clipboard and says so to sighted and screen-reader users alike. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useTranslations("ui.copy");
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className={secondaryButtonClass}>
        {label}
      </button>
      <span role="status" className="text-muted text-sm">
        {status === "copied" ? t("copied") : status === "failed" ? t("failed") : ""}
      </span>
    </span>
  );
}

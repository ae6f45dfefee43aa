"use client";

import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { isLocale, languageOf, LOCALE_NAMES, LOCALES, localeCookie } from "@/lib/i18n/locales";

/**
 * The language menu. A choice is remembered in a cookie and the page is rendered again by the
 * server in that language; the address stays the same, so no link anyone holds changes.
 */
export function LanguageSwitch() {
  const t = useTranslations("site.language");
  const locale = languageOf(useLocale());
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="border-line bg-surface-muted text-muted focus-within:ring-accent flex items-center gap-1.5 rounded-full border py-1 pr-1 pl-2.5 focus-within:ring-2">
      <Languages aria-hidden="true" className="size-4 shrink-0" />
      <span className="sr-only">{t("label")}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isLocale(chosen)) return;
          document.cookie = localeCookie(chosen);
          startTransition(() => router.refresh());
        }}
        className="text-ink bg-transparent py-0.5 pr-1 text-sm focus:outline-none"
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </select>
    </label>
  );
}

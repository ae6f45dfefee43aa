"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { themeCookie, type Theme } from "./theme";

const choices = [
  { theme: "system", Icon: Monitor },
  { theme: "light", Icon: Sun },
  { theme: "dark", Icon: Moon },
] as const;

/** Shows `theme` at once and remembers it for the server's next render. */
function apply(theme: Theme) {
  document.cookie = themeCookie(theme);
  const root = document.documentElement;
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * Three buttons, the pressed one being the theme in force. A click changes <html data-theme>
 * at once and remembers the choice in a cookie for the server's next render.
 */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const t = useTranslations("site.theme");
  const [theme, setTheme] = useState<Theme>(initial);
  function choose(next: Theme) {
    setTheme(next);
    apply(next);
  }
  return (
    <div
      role="group"
      aria-label={t("label")}
      className="border-line bg-surface-muted flex rounded-full border p-0.5"
    >
      {choices.map(({ theme: choice, Icon }) => (
        <button
          key={choice}
          type="button"
          aria-pressed={theme === choice}
          title={t(choice)}
          onClick={() => choose(choice)}
          className="text-muted hover:text-ink aria-pressed:bg-surface aria-pressed:text-ink grid size-8 place-items-center rounded-full aria-pressed:shadow-sm"
        >
          <Icon aria-hidden="true" className="size-4" />
          <span className="sr-only">{t(choice)}</span>
        </button>
      ))}
    </div>
  );
}

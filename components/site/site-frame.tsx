import { DraftingCompass } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import type { Theme } from "@/components/theme/theme";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { LanguageSwitch } from "./language-switch";

/**
 * The header, main column and footer around every page but the room's: the projector's view
 * fills the screen with nothing of the site around it (app/(room)/layout.tsx).
 *
 * The header's links are not prefetched: they are not where a room goes next, and a phone on the
 * ballot or the results should spend neither data nor time on pages it does not show (prefetching
 * them cost a phone's first seconds on the ballot about as much as the page's own scripts).
 */
export function SiteFrame({ theme, children }: { theme: Theme; children: ReactNode }) {
  const t = useTranslations("site");
  return (
    <>
      <header className="border-line bg-surface/90 sticky top-0 z-10 border-b backdrop-blur print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2.5">
          <Link
            href="/"
            prefetch={false}
            className="flex items-center gap-2 text-lg font-bold tracking-tight"
          >
            <span className="bg-accent text-on-accent rounded-control grid size-8 place-items-center">
              <DraftingCompass aria-hidden="true" className="size-5" />
            </span>
            Blueprint
          </Link>
          <div className="flex min-w-0 flex-wrap items-center gap-3">
            <UserMenu />
            <LanguageSwitch />
            <ThemeToggle initial={theme} />
          </div>
        </div>
      </header>
      <main
        id="main"
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10 print:max-w-none print:p-0"
      >
        {children}
      </main>
      <footer className="border-line border-t print:hidden">
        <p className="text-muted mx-auto max-w-6xl px-4 py-5 text-sm">{t("footer")}</p>
      </footer>
    </>
  );
}

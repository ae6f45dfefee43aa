import { DraftingCompass } from "lucide-react";
import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import { inter } from "@/components/theme/font";
import { THEME_COOKIE, themeFrom } from "@/components/theme/theme";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Blueprint", template: "%s · Blueprint" },
  description:
    "Team decision workshops: everyone scores the situation on their own, the votes are revealed together, and the team gets a recommendation with its reasons.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f5f7fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1220" },
  ],
};

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const theme = themeFrom((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme} className={inter.variable}>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <a
          href="#main"
          className="bg-surface rounded-control sr-only px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <header className="border-line bg-surface/90 sticky top-0 z-10 border-b backdrop-blur print:hidden">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2.5">
            <Link href="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
              <span className="bg-accent text-on-accent rounded-control grid size-8 place-items-center">
                <DraftingCompass aria-hidden="true" className="size-5" />
              </span>
              Blueprint
            </Link>
            <div className="flex min-w-0 flex-wrap items-center gap-3">
              <UserMenu />
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
          <p className="text-muted mx-auto max-w-6xl px-4 py-5 text-sm">
            Blueprint is open source. Votes stay private until the facilitator reveals them.
          </p>
        </footer>
      </body>
    </html>
  );
}

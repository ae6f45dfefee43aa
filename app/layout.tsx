import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/auth/user-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Blueprint", template: "%s · Blueprint" },
  description:
    "Team decision workshops: everyone scores the situation on their own, the votes are revealed together, and the team gets a recommendation with its reasons.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1e3a8a",
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white print:hidden">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <Link href="/" className="text-accent-strong text-lg font-bold tracking-tight">
              Blueprint
            </Link>
            <UserMenu />
          </div>
        </header>
        <main
          id="main"
          className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 sm:py-12 print:max-w-none print:p-0"
        >
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-white print:hidden">
          <p className="mx-auto max-w-5xl px-4 py-4 text-sm text-slate-600">
            Blueprint is open source. Votes stay private until the facilitator reveals them.
          </p>
        </footer>
      </body>
    </html>
  );
}

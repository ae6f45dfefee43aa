import type { Metadata, Viewport } from "next";
import { inter } from "@/components/theme/font";
import { requestedTheme } from "@/components/theme/requested-theme";
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

// The document around every page. What surrounds the content is up to the route group: the
// site's header and footer (app/(site)/layout.tsx) or the room's bare screen (app/(room)/).
export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const theme = await requestedTheme();
  return (
    <html lang="en" data-theme={theme === "system" ? undefined : theme} className={inter.variable}>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <a
          href="#main"
          className="bg-surface rounded-control sr-only px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}

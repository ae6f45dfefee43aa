import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/site/client-messages";
import { inter } from "@/components/theme/font";
import { requestedTheme } from "@/components/theme/requested-theme";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site.metadata");
  return {
    title: { default: "Blueprint", template: "%s · Blueprint" },
    description: t("description"),
  };
}

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
// The language is the request's (lib/i18n/request.ts); client components get the messages
// they use from ClientMessages: the shared ones here, each page's own around the page.
export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const [theme, locale, t] = await Promise.all([
    requestedTheme(),
    getLocale(),
    getTranslations("site"),
  ]);
  return (
    <html
      lang={locale}
      data-theme={theme === "system" ? undefined : theme}
      className={inter.variable}
    >
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <a
          href="#main"
          className="bg-surface rounded-control sr-only px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t("skipToContent")}
        </a>
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}

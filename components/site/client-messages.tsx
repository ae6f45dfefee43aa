import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/lib/i18n/pick";

/**
 * What every page's client components may need: the header's language menu, theme buttons and
 * sign-out button, the error page, and the shared controls of components/ui.
 */
export const SHARED_MESSAGES = [
  "site.theme",
  "site.language",
  "site.error",
  "ui",
  "auth.signOut",
] as const;

/**
 * Hands the client components below the messages they use, and no others: each page names its
 * parts (withClientMessages), the root layout the shared ones. A provider replaces the one
 * above it, so each carries the shared parts too. components/site/client-messages.test.ts
 * checks every page names what its client components ask for.
 */
export async function ClientMessages({
  parts = [],
  children,
}: {
  parts?: readonly string[];
  children: ReactNode;
}) {
  const messages = pickMessages(await getMessages(), [...SHARED_MESSAGES, ...parts]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/** A page whose client components get `parts` of the messages (see ClientMessages). */
export function withClientMessages<Props extends object>(
  parts: readonly string[],
  Page: (props: Props) => ReactNode | Promise<ReactNode>,
) {
  return function PageWithMessages(props: Props) {
    return (
      <ClientMessages parts={parts}>
        <Page {...props} />
      </ClientMessages>
    );
  };
}

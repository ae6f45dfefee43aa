import type { Metadata } from "next";
import { LogIn } from "lucide-react";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CopyFrameworkButton } from "@/components/authoring/copy-framework-button";
import { FrameworkOverview } from "@/components/authoring/framework-overview";
import { primaryButtonClass } from "@/components/ui/field";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { currentUser } from "@/lib/auth/session";
import { findSharedFramework } from "@/lib/authoring/library";
import { langAttribute } from "@/lib/frameworks";
import { lookUpLink } from "@/lib/http/rate-limit";
import { withClientMessages } from "@/components/site/client-messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authoring.shared");
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * A framework shared by its author: to read, and to copy into one's own account. Nothing of the
 * author is shown; an unknown or ended link is the same 404.
 */
async function SharedFrameworkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookUpLink(
    await headers(),
    () => findSharedFramework(token),
    (found) => `framework:${found.frameworkId}`,
  );
  if (lookup.outcome === "limited") {
    return <RateLimitedNotice retryAfterSeconds={lookup.retryAfterSeconds} />;
  }
  if (lookup.outcome === "missing") notFound();
  const { definition } = lookup.found;
  const signedIn = (await currentUser()) !== null;
  const t = await getTranslations("authoring.shared");
  const lang = langAttribute(definition.language, await requestLocale());
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <p className="text-muted font-semibold">{t("eyebrow")}</p>
        <h1 className="text-title font-bold break-words" lang={lang}>
          {definition.name}
        </h1>
        <p className="text-lg break-words" lang={lang}>
          {definition.question}
        </p>
      </div>
      {signedIn ? (
        <CopyFrameworkButton token={token} />
      ) : (
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(`/frameworks/shared/${token}`)}`}
          className={primaryButtonClass}
        >
          <LogIn aria-hidden="true" />
          {t("signInToCopy")}
        </Link>
      )}
      <FrameworkOverview framework={definition} />
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(["authoring.copy", "errors.failure"], SharedFrameworkPage);

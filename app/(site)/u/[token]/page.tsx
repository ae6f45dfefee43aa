import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { MailCheck, MailX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { primaryButtonClass } from "@/components/ui/field";
import { FocusedPage } from "@/components/ui/focused-page";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { hashToken } from "@/lib/auth/tokens";
import { lookUpLink } from "@/lib/http/rate-limit";
import { findUnsubscribeTarget } from "@/lib/mail/unsubscribe";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site.unsubscribe");
  return { title: t("metadataTitle"), robots: { index: false } };
}

/** What each kind of mail's page says while the mails come, and once they are stopped. */
const subscribedText = {
  participant: "subscribed.participant",
  workshop: "subscribed.workshop",
  signatory: "subscribed.signatory",
} as const;
const stoppedText = {
  participant: "stopped.other",
  workshop: "stopped.other",
  signatory: "stopped.signatory",
} as const;

// The unsubscribe link of every workshop mail. Opening it changes nothing, because mail scanners
// open links too; the button posts to ./confirm, which turns the mails off.
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookUpLink(
    await headers(),
    () => findUnsubscribeTarget(token),
    // The target has no id of its own to show; the token's hash names the link.
    () => `unsubscribe:${hashToken(token)}`,
  );
  if (lookup.outcome === "limited") {
    return <RateLimitedNotice retryAfterSeconds={lookup.retryAfterSeconds} />;
  }
  if (lookup.outcome === "missing") notFound();
  const target = lookup.found;
  const t = await getTranslations("site.unsubscribe");
  const title = target.workshopTitle;

  return (
    <FocusedPage
      icon={target.subscribed ? MailX : MailCheck}
      tone={target.subscribed ? "accent" : "success"}
      title={target.subscribed ? t("askTitle") : t("stoppedTitle")}
    >
      {target.subscribed ? (
        <Card className="space-y-5">
          <p>{t(subscribedText[target.subject], { title })}</p>
          <form method="post" action={`/u/${token}/confirm`}>
            <button type="submit" className={`${primaryButtonClass} w-full`}>
              {t("stop")}
            </button>
          </form>
        </Card>
      ) : (
        <p className="text-muted text-center" role="status">
          {t(stoppedText[target.subject], { title })}
        </p>
      )}
    </FocusedPage>
  );
}

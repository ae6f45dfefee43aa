import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { MailCheck, MailX } from "lucide-react";
import { Card } from "@/components/ui/card";
import { primaryButtonClass } from "@/components/ui/field";
import { FocusedPage } from "@/components/ui/focused-page";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { hashToken } from "@/lib/auth/tokens";
import { lookUpLink } from "@/lib/http/rate-limit";
import { findUnsubscribeTarget } from "@/lib/mail/unsubscribe";

export const metadata: Metadata = { title: "Stop e-mails", robots: { index: false } };

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
  const what = {
    participant: "the deadline reminder and the results link",
    workshop: "the e-mails about this workshop's progress and decision",
    signatory: "requests to sign off the decision",
  }[target.subject];
  const forgets =
    target.subject === "signatory"
      ? "If you stop them, the personal link you were sent still works should you want to answer later."
      : "If you stop them, Blueprint also forgets your address.";

  return (
    <FocusedPage
      icon={target.subscribed ? MailX : MailCheck}
      tone={target.subscribed ? "accent" : "success"}
      title={target.subscribed ? "Stop these e-mails?" : "E-mails stopped"}
    >
      {target.subscribed ? (
        <Card className="space-y-5">
          <p>
            You get {what} for the workshop &ldquo;{target.workshopTitle}&rdquo;. {forgets}
          </p>
          <form method="post" action={`/u/${token}/confirm`}>
            <button type="submit" className={`${primaryButtonClass} w-full`}>
              Stop these e-mails
            </button>
          </form>
        </Card>
      ) : (
        <p className="text-muted text-center" role="status">
          You will get no more e-mails about the workshop &ldquo;{target.workshopTitle}&rdquo;
          {target.subject === "signatory" ? "." : ", and your address is no longer stored."}
        </p>
      )}
    </FocusedPage>
  );
}

import type { Metadata } from "next";
import { MailCheck } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { FocusedPage } from "@/components/ui/focused-page";
import { SIGN_IN_LINK_MINUTES, sendsEmail } from "@/lib/auth/options";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Check your e-mail" };

// Whether mail is configured is known only at run time, not when the page is built.
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <FocusedPage icon={MailCheck} tone="success" title="Check your e-mail">
      <Card className="space-y-4">
        <p>
          We sent you a link to sign in. Open it on the device where you want to be signed in. It
          works once, within {SIGN_IN_LINK_MINUTES} minutes, and you can close this page.
        </p>
        {!sendsEmail() && (
          <Notice tone="warning" className="text-sm">
            This server has no mail server set up, so the link was written to its log instead.
            Whoever started Blueprint can copy it from there.
          </Notice>
        )}
      </Card>
      <p className="text-muted text-center">
        Nothing arrived after a few minutes? Look in your spam folder, or{" "}
        <Link href="/sign-in" className="text-accent font-semibold underline">
          ask for a new link
        </Link>
        .
      </p>
    </FocusedPage>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { SIGN_IN_LINK_MINUTES, sendsEmail } from "@/lib/auth/options";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Check your e-mail" };

// Whether mail is configured is known only at run time, not when the page is built.
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-3xl font-bold tracking-tight">Check your e-mail</h1>
      <p className="text-muted">
        We sent you a link to sign in. Open it on the device where you want to be signed in. It
        works once, within {SIGN_IN_LINK_MINUTES} minutes, and you can close this page.
      </p>
      {!sendsEmail() && (
        <Notice tone="warning" className="text-sm">
          This server has no mail server set up, so the link was written to its log instead. Whoever
          started Blueprint can copy it from there.
        </Notice>
      )}
      <p className="text-muted">
        Nothing arrived after a few minutes? Look in your spam folder, or{" "}
        <Link href="/sign-in" className="text-accent font-semibold underline">
          ask for a new link
        </Link>
        .
      </p>
    </div>
  );
}

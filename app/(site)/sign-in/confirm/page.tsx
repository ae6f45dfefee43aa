import type { Metadata } from "next";
import { KeyRound, LinkIcon } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { FocusedPage } from "@/components/ui/focused-page";
import { ProblemPage } from "@/components/ui/problem-page";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { isUsableSignInLink, signInLinkSchema } from "@/lib/auth/sign-in-browser";

export const metadata: Metadata = { title: "Sign in here?", robots: { index: false } };

// Where a sign-in link lands when it is opened in a browser other than the one that asked for
// it (lib/auth/sign-in-browser.ts): someone may be trying to sign this browser into their own
// account, so nothing happens until the person here confirms the account by name.
export default async function ConfirmSignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const link = signInLinkSchema.safeParse(await searchParams);
  const usable = link.success && (await isUsableSignInLink(link.data));
  if (!usable) {
    return (
      <ProblemPage icon={LinkIcon} title="This sign-in link no longer works">
        <p>It was used already, it expired, or it was copied incompletely. Ask for a new one.</p>
        <Link href="/sign-in" className={primaryButtonClass}>
          Ask for a new link
        </Link>
      </ProblemPage>
    );
  }
  const { email, token, callbackUrl } = link.data;
  return (
    <FocusedPage icon={KeyRound} title="Sign in here?">
      <Card className="space-y-4">
        <p>
          This sign-in link was asked for in another browser. It signs this browser in to the
          account <strong className="text-ink break-all">{email}</strong>.
        </p>
        <p className="text-muted">
          Go on only if that is your own address and you asked for the link yourself. If someone
          sent you this link, close this page: they may want you to work in their account.
        </p>
      </Card>
      <div className="flex flex-wrap gap-3">
        <form method="post" action="/api/auth/confirm-link" className="w-full min-w-0">
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="token" value={token} />
          {callbackUrl !== undefined && (
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
          )}
          <button type="submit" className={`${primaryButtonClass} w-full`}>
            <span className="min-w-0 break-all">Sign in as {email}</span>
          </button>
        </form>
        <Link href="/sign-in" className={secondaryButtonClass}>
          Ask for a link in this browser
        </Link>
      </div>
    </FocusedPage>
  );
}

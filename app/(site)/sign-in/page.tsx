import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInErrorMessage } from "@/components/auth/auth-errors";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { oauthProviderChoices } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { LogIn } from "lucide-react";
import { Card } from "@/components/ui/card";
import { FocusedPage } from "@/components/ui/focused-page";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "Sign in" };

// Repeated or malformed parameters are ignored rather than failing the page.
const searchSchema = z.object({
  callbackUrl: z.string().max(2000).optional().catch(undefined),
  error: z.string().max(64).optional().catch(undefined),
});

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const search = searchSchema.parse(await searchParams);
  const callbackPath = safeCallbackPath(search.callbackUrl, env().APP_URL);
  if (await currentUser()) redirect(callbackPath);

  return (
    <FocusedPage icon={LogIn} title="Sign in">
      <p className="text-muted text-center">
        You don&apos;t need an account to run a workshop or to join one. An account keeps every
        workshop you facilitate in one list, on any device, and gives you the ones you started in
        this browser.
      </p>
      {search.error && (
        <Notice tone="danger" role="alert" className="text-sm font-medium">
          {signInErrorMessage(search.error)}
        </Notice>
      )}
      <Card>
        <SignInForm callbackPath={callbackPath} providers={oauthProviderChoices()} />
      </Card>
      <p className="text-muted text-center text-sm">
        We only use your e-mail address to sign you in. No password to remember: each sign-in link
        works once.
      </p>
    </FocusedPage>
  );
}

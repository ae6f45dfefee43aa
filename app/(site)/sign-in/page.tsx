import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { SignInForm } from "@/components/auth/sign-in-form";
import { AUTH_ERRORS, signInErrorKey } from "@/components/auth/auth-errors";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { oauthProviderChoices } from "@/lib/auth/options";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { LogIn } from "lucide-react";
import { Card } from "@/components/ui/card";
import { FocusedPage } from "@/components/ui/focused-page";
import { Notice } from "@/components/ui/notice";
import { withClientMessages } from "@/components/site/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title") };
}

// Repeated or malformed parameters are ignored rather than failing the page.
const searchSchema = z.object({
  callbackUrl: z.string().max(2000).optional().catch(undefined),
  error: z.string().max(64).optional().catch(undefined),
});

async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const search = searchSchema.parse(await searchParams);
  const callbackPath = safeCallbackPath(search.callbackUrl, env().APP_URL);
  if (await currentUser()) redirect(callbackPath);
  const [t, errors] = await Promise.all([
    getTranslations("auth.signIn"),
    getTranslations(AUTH_ERRORS),
  ]);

  return (
    <FocusedPage icon={LogIn} title={t("title")}>
      <p className="text-muted text-center">{t("intro")}</p>
      {search.error && (
        <Notice tone="danger" role="alert" className="text-sm font-medium">
          {errors(signInErrorKey(search.error))}
        </Notice>
      )}
      <Card>
        <SignInForm callbackPath={callbackPath} providers={oauthProviderChoices()} />
      </Card>
      <p className="text-muted text-center text-sm">{t("privacy")}</p>
    </FocusedPage>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  ["auth.errors", "auth.form", "errors.failure", "errors.field"],
  SignInPage,
);

import type { Metadata } from "next";
import { KeyRound, LinkIcon } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { FocusedPage } from "@/components/ui/focused-page";
import { ProblemPage } from "@/components/ui/problem-page";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { isUsableSignInLink, signInLinkSchema } from "@/lib/auth/sign-in-browser";
import { AUTH_ERRORS } from "@/components/auth/auth-errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.confirm");
  return { title: t("title"), robots: { index: false } };
}

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
  const t = await getTranslations("auth.confirm");
  if (!usable) {
    const errors = await getTranslations(AUTH_ERRORS);
    return (
      <ProblemPage icon={LinkIcon} title={errors("page.verification.title")}>
        <p>{t("brokenText")}</p>
        <Link href="/sign-in" className={primaryButtonClass}>
          {t("newLink")}
        </Link>
      </ProblemPage>
    );
  }
  const { email, token, callbackUrl } = link.data;
  return (
    <FocusedPage icon={KeyRound} title={t("title")}>
      <Card className="space-y-4">
        <p>
          {t.rich("text", {
            email,
            strong: (chunks) => <strong className="text-ink break-all">{chunks}</strong>,
          })}
        </p>
        <p className="text-muted">{t("warning")}</p>
      </Card>
      <div className="flex flex-wrap gap-3">
        <form method="post" action="/api/auth/confirm-link" className="w-full min-w-0">
          <input type="hidden" name="email" value={email} />
          <input type="hidden" name="token" value={token} />
          {callbackUrl !== undefined && (
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
          )}
          <button type="submit" className={`${primaryButtonClass} w-full`}>
            <span className="min-w-0 break-all">{t("signInAs", { email })}</span>
          </button>
        </form>
        <Link href="/sign-in" className={secondaryButtonClass}>
          {t("askHere")}
        </Link>
      </div>
    </FocusedPage>
  );
}

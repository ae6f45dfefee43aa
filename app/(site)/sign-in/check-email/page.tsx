import type { Metadata } from "next";
import { MailCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { FocusedPage } from "@/components/ui/focused-page";
import { SIGN_IN_LINK_MINUTES, sendsEmail } from "@/lib/auth/options";
import { Notice } from "@/components/ui/notice";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.checkEmail");
  return { title: t("title") };
}

// Whether mail is configured is known only at run time, not when the page is built.
export const dynamic = "force-dynamic";

export default function CheckEmailPage() {
  const t = useTranslations("auth.checkEmail");
  return (
    <FocusedPage icon={MailCheck} tone="success" title={t("title")}>
      <Card className="space-y-4">
        <p>{t("text", { minutes: SIGN_IN_LINK_MINUTES })}</p>
        {!sendsEmail() && (
          <Notice tone="warning" className="text-sm">
            {t("noMailServer")}
          </Notice>
        )}
      </Card>
      <p className="text-muted text-center">
        {t.rich("nothingArrived", {
          link: (chunks) => (
            <Link href="/sign-in" className="text-accent font-semibold underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </FocusedPage>
  );
}

import type { Metadata } from "next";
import { CircleAlert } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { primaryButtonClass } from "@/components/ui/field";
import { ProblemPage } from "@/components/ui/problem-page";
import { z } from "zod";
import { AUTH_ERRORS, errorPageKeys } from "@/components/auth/auth-errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.errorPage");
  return { title: t("title") };
}

const searchSchema = z.object({ error: z.string().max(64).optional().catch(undefined) });

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { error } = searchSchema.parse(await searchParams);
  const message = errorPageKeys(error);
  const [t, errors] = await Promise.all([
    getTranslations("auth.errorPage"),
    getTranslations(AUTH_ERRORS),
  ]);
  return (
    <ProblemPage icon={CircleAlert} title={errors(message.title)}>
      <p role="alert">{errors(message.text)}</p>
      <Link href="/sign-in" className={primaryButtonClass}>
        {t("back")}
      </Link>
    </ProblemPage>
  );
}

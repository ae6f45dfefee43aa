import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { blankDraft, draftFromTemplate } from "@/components/authoring/draft";
import { FrameworkEditor } from "@/components/authoring/framework-editor";
import { currentUser } from "@/lib/auth/session";
import { getFramework, localiseFramework } from "@/lib/frameworks";
import { withClientMessages } from "@/components/site/client-messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authoring");
  return { title: t("newFramework") };
}

/** A new framework: blank, or a copy of a template (`?from=<template id>`). */
async function NewFrameworkPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string | string[] }>;
}) {
  const { from } = await searchParams;
  const found = typeof from === "string" ? getFramework(from) : undefined;
  // A copy starts in the author's language: it is theirs, written in one language from then on.
  const language = await requestLocale();
  const template = found && localiseFramework(found, language);
  if (!(await currentUser())) {
    const back = template ? `/frameworks/new?from=${template.id}` : "/frameworks/new";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  const t = await getTranslations("authoring");
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <p>
          <Link href="/frameworks" className="text-accent font-semibold hover:underline">
            {t("yourFrameworks")}
          </Link>
        </p>
        <h1 className="text-title font-bold">
          {template ? t("newPage.fromTemplateTitle", { name: template.name }) : t("newFramework")}
        </h1>
        <p className="text-muted">
          {template ? t("newPage.fromTemplateIntro") : t("newPage.blankIntro")}
        </p>
      </div>
      <FrameworkEditor
        initial={template ? draftFromTemplate(template, language) : blankDraft(language)}
      />
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  ["authoring", "errors.failure", "errors.framework"],
  NewFrameworkPage,
);

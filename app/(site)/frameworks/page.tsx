import type { Metadata } from "next";
import { Blocks, ChevronRight, Link2, Plus } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ImportFramework } from "@/components/authoring/import-framework";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { primaryButtonClass } from "@/components/ui/field";
import { authorizeFramework } from "@/lib/access/gate";
import { listOwnFrameworks } from "@/lib/authoring/library";
import { isAppError } from "@/lib/errors";
import { frameworksIn } from "@/lib/frameworks";
import { withClientMessages } from "@/components/site/client-messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authoring");
  return { title: t("yourFrameworks") };
}

async function grantOrSignIn() {
  try {
    return await authorizeFramework("frameworks.list-own");
  } catch (error) {
    if (isAppError(error) && error.code === "forbidden") {
      redirect("/sign-in?callbackUrl=/frameworks");
    }
    throw error;
  }
}

/** The decisions a signed-in facilitator wrote, the templates to start one from, and import. */
async function FrameworksPage() {
  const own = await listOwnFrameworks(await grantOrSignIn());
  const [t, format, locale] = await Promise.all([
    getTranslations("authoring"),
    getFormatter(),
    requestLocale(),
  ]);
  const templates = frameworksIn(locale);
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl space-y-2">
          <h1 className="text-title font-bold">{t("yourFrameworks")}</h1>
          <p className="text-muted">{t("list.intro")}</p>
        </div>
        <Link href="/frameworks/new" className={primaryButtonClass}>
          <Plus aria-hidden="true" />
          {t("newFramework")}
        </Link>
      </div>

      <section aria-labelledby="own-heading" className="space-y-4">
        <h2 id="own-heading" className="text-xl font-semibold">
          {t("list.writtenByYou")}
        </h2>
        {own.length === 0 ? (
          <EmptyState icon={Blocks} title={t("list.emptyTitle")}>
            <p>{t("list.emptyHint")}</p>
          </EmptyState>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {own.map((framework) => (
              <Card as="li" key={framework.id} className="relative space-y-2">
                <h3 className="text-lg leading-snug font-semibold break-words">
                  <Link
                    href={`/frameworks/${framework.id}`}
                    className="after:absolute after:inset-0 hover:underline"
                  >
                    {framework.name}
                  </Link>
                </h3>
                <p className="text-muted break-words">{framework.question}</p>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone="neutral">{t("version", { version: framework.version })}</Badge>
                  {framework.shared ? (
                    <Badge tone="accent">
                      <Link2 aria-hidden="true" />
                      {t("list.sharedByLink")}
                    </Badge>
                  ) : null}
                  <span className="text-muted">
                    {t("list.usage", {
                      count: framework.workshops,
                      date: format.dateTime(framework.updatedAt, { dateStyle: "medium" }),
                    })}
                  </span>
                  <ChevronRight aria-hidden="true" className="text-muted ml-auto size-5" />
                </div>
              </Card>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="gallery-heading" className="space-y-4">
        <div className="space-y-1">
          <h2 id="gallery-heading" className="text-xl font-semibold">
            {t("list.templates")}
          </h2>
          <p className="text-muted">{t("list.templatesIntro")}</p>
        </div>
        <ul className="grid gap-4 md:grid-cols-2" aria-label={t("list.templates")}>
          {templates.map((template) => (
            <Card as="li" key={template.id} className="flex flex-col gap-3">
              <h3 className="text-lg font-semibold">{template.name}</h3>
              <p>{template.question}</p>
              <p className="text-muted text-sm">
                {t("list.templateSize", {
                  criteria: template.criteria.length,
                  options: template.options.length,
                  names: format.list(template.options.map((option) => option.name)),
                })}
              </p>
              <Link
                href={`/frameworks/new?from=${template.id}`}
                className="text-accent mt-auto font-semibold hover:underline"
                aria-label={t("list.startFromTemplateLabel", { name: template.name })}
              >
                {t("list.startFromTemplate")}
              </Link>
            </Card>
          ))}
        </ul>
      </section>

      <section aria-labelledby="import-heading" className="max-w-2xl space-y-3">
        <h2 id="import-heading" className="text-xl font-semibold">
          {t("list.import")}
        </h2>
        <ImportFramework />
        <p className="text-muted text-sm">{t("list.importFormat")}</p>
      </section>
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  ["authoring.import", "errors.failure", "errors.framework"],
  FrameworksPage,
);

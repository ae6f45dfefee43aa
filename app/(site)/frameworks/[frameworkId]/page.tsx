import type { Metadata } from "next";
import { Play } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { draftOf } from "@/components/authoring/draft";
import { FrameworkEditor } from "@/components/authoring/framework-editor";
import { FrameworkSharing } from "@/components/authoring/framework-sharing";
import { Card } from "@/components/ui/card";
import { secondaryButtonClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { authorizeFrameworkOrNotFound } from "@/lib/access/gate";
import { currentUser } from "@/lib/auth/session";
import { loadOwnFramework } from "@/lib/authoring/library";
import { publicOrigin } from "@/lib/http/origin";
import { withClientMessages } from "@/components/site/client-messages";
import { requestLocale } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("authoring.page");
  return { title: t("metaTitle"), robots: { index: false } };
}

/** The notice after arriving from a save, an import or a copy, by the address's flag. */
const arrivals = {
  saved: "page.arrivalSaved",
  imported: "page.arrivalImported",
  copied: "page.arrivalCopied",
} as const;

const isArrival = (key: string): key is keyof typeof arrivals => Object.hasOwn(arrivals, key);

/** The author's page of one framework: the editor, its versions, sharing and deleting. */
async function FrameworkPage({
  params,
  searchParams,
}: {
  params: Promise<{ frameworkId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { frameworkId } = await params;
  if (!(await currentUser())) {
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/frameworks/${frameworkId}`)}`);
  }
  const framework = await loadOwnFramework(
    await authorizeFrameworkOrNotFound("framework.view", frameworkId),
  );
  const arrival = Object.keys(await searchParams).find(isArrival);
  const shareUrl = framework.shareToken
    ? `${await publicOrigin()}/frameworks/shared/${framework.shareToken}`
    : null;
  const [t, format] = await Promise.all([getTranslations("authoring"), getFormatter()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <p>
            <Link href="/frameworks" className="text-accent font-semibold hover:underline">
              {t("yourFrameworks")}
            </Link>
          </p>
          <h1 className="text-title font-bold break-words">{framework.definition.name}</h1>
          <p className="text-muted">{t("page.intro")}</p>
        </div>
        <Link href={`/?framework=${framework.id}#start-heading`} className={secondaryButtonClass}>
          <Play aria-hidden="true" />
          {t("page.runWorkshop")}
        </Link>
      </div>
      {arrival ? (
        <Notice tone="success" role="status">
          {t(arrivals[arrival])}
        </Notice>
      ) : null}
      <FrameworkEditor
        initial={draftOf(framework.definition, await requestLocale())}
        frameworkId={framework.id}
        version={framework.version}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card as="section" aria-labelledby="versions-heading" className="space-y-3">
          <h2 id="versions-heading" className="text-lg font-semibold">
            {t("page.versions")}
          </h2>
          <ol className="space-y-1.5" data-testid="framework-versions">
            {framework.versions.map((version) => (
              <li key={version.version} className="flex flex-wrap justify-between gap-2">
                <span className="font-semibold">{t("version", { version: version.version })}</span>
                <span className="text-muted text-sm">
                  {t("page.versionUsage", {
                    date: format.dateTime(version.createdAt, {
                      dateStyle: "medium",
                      timeStyle: "short",
                    }),
                    count: version.workshops,
                  })}
                </span>
              </li>
            ))}
          </ol>
        </Card>
        <Card as="section" aria-labelledby="sharing-heading" className="space-y-3">
          <h2 id="sharing-heading" className="text-lg font-semibold">
            {t("page.sharing")}
          </h2>
          <FrameworkSharing frameworkId={framework.id} shareUrl={shareUrl} />
        </Card>
      </div>
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  ["authoring", "errors.failure", "errors.framework"],
  FrameworkPage,
);

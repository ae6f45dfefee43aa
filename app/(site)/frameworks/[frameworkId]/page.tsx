import type { Metadata } from "next";
import { Play } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
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

export const metadata: Metadata = { title: "Edit framework", robots: { index: false } };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

const arrivals: Record<string, string> = {
  saved: "Saved as version 1.",
  imported: "Imported as version 1. Check the preview before you run a workshop on it.",
  copied: "Copied into your frameworks as version 1. The original stays as its author left it.",
};

/** The author's page of one framework: the editor, its versions, sharing and deleting. */
export default async function FrameworkPage({
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
  const arrival = Object.keys(await searchParams).find((key) => key in arrivals);
  const shareUrl = framework.shareToken
    ? `${await publicOrigin()}/frameworks/shared/${framework.shareToken}`
    : null;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-2">
          <p>
            <Link href="/frameworks" className="text-accent font-semibold hover:underline">
              Your frameworks
            </Link>
          </p>
          <h1 className="text-title font-bold break-words">{framework.definition.name}</h1>
          <p className="text-muted">
            Each save is a new version. A workshop keeps the version it started with, so its results
            never change when you edit here.
          </p>
        </div>
        <Link href={`/?framework=${framework.id}#start-heading`} className={secondaryButtonClass}>
          <Play aria-hidden="true" />
          Run a workshop on it
        </Link>
      </div>
      {arrival ? (
        <Notice tone="success" role="status">
          {arrivals[arrival]}
        </Notice>
      ) : null}
      <FrameworkEditor
        initial={draftOf(framework.definition)}
        frameworkId={framework.id}
        version={framework.version}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <Card as="section" aria-labelledby="versions-heading" className="space-y-3">
          <h2 id="versions-heading" className="text-lg font-semibold">
            Versions
          </h2>
          <ol className="space-y-1.5" data-testid="framework-versions">
            {framework.versions.map((version) => (
              <li key={version.version} className="flex flex-wrap justify-between gap-2">
                <span className="font-semibold">Version {version.version}</span>
                <span className="text-muted text-sm">
                  {dateFormat.format(version.createdAt)} ·{" "}
                  {version.workshops === 1 ? "1 workshop" : `${version.workshops} workshops`}
                </span>
              </li>
            ))}
          </ol>
        </Card>
        <Card as="section" aria-labelledby="sharing-heading" className="space-y-3">
          <h2 id="sharing-heading" className="text-lg font-semibold">
            Sharing
          </h2>
          <FrameworkSharing frameworkId={framework.id} shareUrl={shareUrl} />
        </Card>
      </div>
    </div>
  );
}

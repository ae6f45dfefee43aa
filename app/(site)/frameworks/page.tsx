import type { Metadata } from "next";
import { Blocks, ChevronRight, Link2, Plus } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ImportFramework } from "@/components/authoring/import-framework";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { primaryButtonClass } from "@/components/ui/field";
import { authorizeFramework } from "@/lib/access/gate";
import { listOwnFrameworks } from "@/lib/authoring/library";
import { isAppError } from "@/lib/errors";
import { frameworks as templates } from "@/lib/frameworks";

export const metadata: Metadata = { title: "Your frameworks" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

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
export default async function FrameworksPage() {
  const own = await listOwnFrameworks(await grantOrSignIn());
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl space-y-2">
          <h1 className="text-title font-bold">Your frameworks</h1>
          <p className="text-muted">
            A framework is the decision a workshop helps with: what everyone scores and what the
            team chooses between. Write your own, start from a template, or import a file.
          </p>
        </div>
        <Link href="/frameworks/new" className={primaryButtonClass}>
          <Plus aria-hidden="true" />
          New framework
        </Link>
      </div>

      <section aria-labelledby="own-heading" className="space-y-4">
        <h2 id="own-heading" className="text-xl font-semibold">
          Written by you
        </h2>
        {own.length === 0 ? (
          <EmptyState icon={Blocks} title="You have not written a framework yet.">
            <p>Start from a template below, or from a blank page with “New framework”.</p>
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
                  <Badge tone="neutral">Version {framework.version}</Badge>
                  {framework.shared ? (
                    <Badge tone="accent">
                      <Link2 aria-hidden="true" />
                      Shared by link
                    </Badge>
                  ) : null}
                  <span className="text-muted">
                    {framework.workshops === 1 ? "1 workshop" : `${framework.workshops} workshops`}{" "}
                    · changed {dateFormat.format(framework.updatedAt)}
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
            Templates
          </h2>
          <p className="text-muted">
            Decisions engineering teams face, each with profiles reasoned out option by option.
            Starting from one gives you a copy to change as you like.
          </p>
        </div>
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Templates">
          {templates.map((template) => (
            <Card as="li" key={template.id} className="flex flex-col gap-3">
              <h3 className="text-lg font-semibold">{template.name}</h3>
              <p>{template.question}</p>
              <p className="text-muted text-sm">
                {template.criteria.length} criteria · {template.options.length} options:{" "}
                {template.options.map((option) => option.name).join(", ")}
              </p>
              <Link
                href={`/frameworks/new?from=${template.id}`}
                className="text-accent mt-auto font-semibold hover:underline"
                aria-label={`Start from the template ${template.name}`}
              >
                Start from this template
              </Link>
            </Card>
          ))}
        </ul>
      </section>

      <section aria-labelledby="import-heading" className="max-w-2xl space-y-3">
        <h2 id="import-heading" className="text-xl font-semibold">
          Import
        </h2>
        <ImportFramework />
        <p className="text-muted text-sm">
          The format is described in the project&apos;s docs/frameworks.md, with a JSON Schema your
          editor can check files against.
        </p>
      </section>
    </div>
  );
}

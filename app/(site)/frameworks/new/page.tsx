import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { blankDraft, draftFromTemplate } from "@/components/authoring/draft";
import { FrameworkEditor } from "@/components/authoring/framework-editor";
import { currentUser } from "@/lib/auth/session";
import { getFramework } from "@/lib/frameworks";

export const metadata: Metadata = { title: "New framework" };

/** A new framework: blank, or a copy of a template (`?from=<template id>`). */
export default async function NewFrameworkPage({
  searchParams,
}: {
  searchParams: Promise<{ from?: string | string[] }>;
}) {
  const { from } = await searchParams;
  const template = typeof from === "string" ? getFramework(from) : undefined;
  if (!(await currentUser())) {
    const back = template ? `/frameworks/new?from=${template.id}` : "/frameworks/new";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(back)}`);
  }
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <p>
          <Link href="/frameworks" className="text-accent font-semibold hover:underline">
            Your frameworks
          </Link>
        </p>
        <h1 className="text-title font-bold">
          {template ? `New framework from “${template.name}”` : "New framework"}
        </h1>
        <p className="text-muted">
          {template
            ? "A copy of the template, yours to change. Nothing is saved until you save it."
            : "Fill in the decision, at least two criteria and two options. The preview shows how typical teams come out as you write."}
        </p>
      </div>
      <FrameworkEditor initial={template ? draftFromTemplate(template) : blankDraft()} />
    </div>
  );
}

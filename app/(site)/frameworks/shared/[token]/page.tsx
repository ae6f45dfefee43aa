import type { Metadata } from "next";
import { LogIn } from "lucide-react";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CopyFrameworkButton } from "@/components/authoring/copy-framework-button";
import { FrameworkOverview } from "@/components/authoring/framework-overview";
import { primaryButtonClass } from "@/components/ui/field";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { currentUser } from "@/lib/auth/session";
import { findSharedFramework } from "@/lib/authoring/library";
import { lookUpLink } from "@/lib/http/rate-limit";

export const metadata: Metadata = { title: "Shared framework", robots: { index: false } };

/**
 * A framework shared by its author: to read, and to copy into one's own account. Nothing of the
 * author is shown; an unknown or ended link is the same 404.
 */
export default async function SharedFrameworkPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const lookup = await lookUpLink(
    await headers(),
    () => findSharedFramework(token),
    (found) => `framework:${found.frameworkId}`,
  );
  if (lookup.outcome === "limited") {
    return <RateLimitedNotice retryAfterSeconds={lookup.retryAfterSeconds} />;
  }
  if (lookup.outcome === "missing") notFound();
  const { definition } = lookup.found;
  const signedIn = (await currentUser()) !== null;
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <p className="text-muted font-semibold">A framework shared with you</p>
        <h1 className="text-title font-bold break-words">{definition.name}</h1>
        <p className="text-lg break-words">{definition.question}</p>
      </div>
      {signedIn ? (
        <CopyFrameworkButton token={token} />
      ) : (
        <Link
          href={`/sign-in?callbackUrl=${encodeURIComponent(`/frameworks/shared/${token}`)}`}
          className={primaryButtonClass}
        >
          <LogIn aria-hidden="true" />
          Sign in to copy it
        </Link>
      )}
      <FrameworkOverview framework={definition} />
    </div>
  );
}

import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { JoinForm } from "@/components/workshop/join-form";
import { WorkshopDeadline } from "@/components/workshop/workshop-deadline";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { authorizeAndKeep, grantAlso } from "@/lib/access/gate";
import { currentUser } from "@/lib/auth/session";
import { lookUpLink } from "@/lib/http/rate-limit";
import { isAhead } from "@/lib/workshops/countdown";
import { findWorkshopByInviteToken, isRemovedGuest } from "@/lib/workshops/data";
import { Notice } from "@/components/ui/notice";
import { Card } from "@/components/ui/card";
import { withClientMessages } from "@/components/site/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join.invite");
  return { title: t("title"), robots: { index: false } };
}

async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookUpLink(
    await headers(),
    () => findWorkshopByInviteToken(token),
    (found) => `invite:${found.id}`,
  );
  if (lookup.outcome === "limited") {
    return <RateLimitedNotice retryAfterSeconds={lookup.retryAfterSeconds} />;
  }
  if (lookup.outcome === "missing") notFound();
  const workshop = lookup.found;
  // The invite link itself lets anyone in; the gate tells whether this browser already joined.
  const { grant, credentials } = await authorizeAndKeep(workshop.id, "workshop.join");
  if (grantAlso(grant, "ballot.view")) redirect(`/w/${workshop.id}`);
  const { guestToken } = credentials;
  const removed = guestToken !== undefined && (await isRemovedGuest(workshop.id, guestToken));
  const user = await currentUser();
  const t = await getTranslations("join.invite");

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <WorkshopHeading
        eyebrow={t("eyebrow")}
        title={workshop.title}
        teamName={workshop.teamName}
        description={workshop.description}
      />
      {removed ? (
        <Notice tone="warning">{t("removed")}</Notice>
      ) : workshop.status === "closed" ? (
        <Notice tone="warning">{t("closed")}</Notice>
      ) : (
        <>
          <p className="text-muted">{t(workshop.anonymous ? "introAnonymous" : "intro")}</p>
          <WorkshopDeadline workshopId={workshop.id} />
          <Card>
            <JoinForm
              inviteToken={token}
              defaultName={user?.name ?? undefined}
              offerReminder={isAhead(workshop.deadline)}
            />
          </Card>
        </>
      )}
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(
  ["ballot.deadline", "errors.failure", "errors.field", "join.form", "join.roles"],
  JoinPage,
);

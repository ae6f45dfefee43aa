import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { RateLimitedNotice } from "@/components/ui/rate-limited-notice";
import { JoinCodeForm } from "@/components/workshop/join-code-form";
import { JOIN_CODE_MISSES_PER_ADDRESS, lookUpLink } from "@/lib/http/rate-limit";
import { findWorkshopByJoinCode } from "@/lib/workshops/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("join.code");
  return { title: t("title"), robots: { index: false } };
}

/**
 * Joining by the code on the facilitator's screen. A code that stands for an open workshop leads
 * to its invite link's page, where the gate and the join form take over; one that does not
 * counts against the client's join-code misses, a real one against its workshop's invite.
 */
export default async function JoinByCodePage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const { code } = await searchParams;
  const typed = typeof code === "string" ? code : undefined;
  const t = await getTranslations("join.code");
  let error: string | undefined;
  if (typed !== undefined && typed.trim() !== "") {
    const lookup = await lookUpLink(
      await headers(),
      () => findWorkshopByJoinCode(typed),
      (found) => `invite:${found.id}`,
      new Date(),
      JOIN_CODE_MISSES_PER_ADDRESS,
    );
    if (lookup.outcome === "limited") {
      return <RateLimitedNotice retryAfterSeconds={lookup.retryAfterSeconds} />;
    }
    if (lookup.outcome === "found") redirect(`/j/${lookup.found.inviteToken}`);
    error = t("notFound");
  }

  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <Card>
        <JoinCodeForm defaultValue={typed} error={error} />
      </Card>
    </div>
  );
}

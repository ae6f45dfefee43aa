import type { Metadata } from "next";
import { CalendarDays, ChevronRight, LayoutList, Plus, Radio, Users } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClaimWorkshops } from "@/components/auth/claim-workshops";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { primaryButtonClass } from "@/components/ui/field";
import { claimableInThisBrowser } from "@/lib/workshops/claim";
import { currentUser } from "@/lib/auth/session";
import { listWorkshopsOwnedBy } from "@/lib/workshops/data";
import { withClientMessages } from "@/components/site/client-messages";

const roundLabels = {
  open: "round.open",
  revealed: "round.revealed",
  closed: "round.closed",
} as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("facilitator.workshops");
  return { title: t("title") };
}

async function WorkshopsPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=/workshops");
  const [workshops, claimable] = await Promise.all([
    listWorkshopsOwnedBy(user.id),
    claimableInThisBrowser(),
  ]);
  const [t, format] = await Promise.all([getTranslations("facilitator.workshops"), getFormatter()]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl space-y-2">
          <h1 className="text-title font-bold">{t("title")}</h1>
          <p className="text-muted">{t("intro")}</p>
        </div>
        <Link href="/" className={primaryButtonClass}>
          <Plus aria-hidden="true" />
          {t("newWorkshop")}
        </Link>
      </div>

      <ClaimWorkshops workshops={claimable} account={user.email ?? user.name ?? t("thisAccount")} />

      {workshops.length === 0 ? (
        <EmptyState icon={LayoutList} title={t("emptyTitle")}>
          <p>{t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {workshops.map((workshop) => (
            <Card as="li" key={workshop.id} className="relative space-y-3">
              <div className="flex items-start justify-between gap-3">
                <h2 className="text-lg leading-snug font-semibold">
                  {/* The whole card is the link's target, the title its name. */}
                  <Link
                    href={`/w/${workshop.id}/facilitate`}
                    className="hover:text-accent after:absolute after:inset-0 after:rounded-[inherit]"
                  >
                    {workshop.title}
                  </Link>
                </h2>
                <ChevronRight aria-hidden="true" className="text-muted size-5 shrink-0" />
              </div>
              <p className="text-muted">{workshop.teamName}</p>
              <dl className="text-muted flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
                <div>
                  <dt className="sr-only">{t("statusLabel")}</dt>
                  <dd>
                    <Badge tone={workshop.status === "open" ? "success" : "neutral"}>
                      {t(workshop.status === "open" ? "status.open" : "status.closed")}
                    </Badge>
                  </dd>
                </div>
                <div className="flex items-center gap-1.5">
                  <dt>
                    <Radio aria-hidden="true" className="size-4" />
                    <span className="sr-only">{t("roundLabel")}</span>
                  </dt>
                  <dd>
                    {workshop.currentRound
                      ? t(roundLabels[workshop.currentRound.status], {
                          number: workshop.currentRound.number,
                        })
                      : t("noRound")}
                  </dd>
                </div>
                <div className="flex items-center gap-1.5">
                  <dt>
                    <Users aria-hidden="true" className="size-4" />
                    <span className="sr-only">{t("participantsLabel")}</span>
                  </dt>
                  <dd>{t("participants", { count: workshop.participants })}</dd>
                </div>
                <div className="flex items-center gap-1.5">
                  <dt className="sr-only">{t("modeLabel")}</dt>
                  <dd>{t(workshop.mode === "live" ? "mode.live" : "mode.async")}</dd>
                </div>
                <div className="flex items-center gap-1.5">
                  <dt>
                    <CalendarDays aria-hidden="true" className="size-4" />
                    <span className="sr-only">{t("startedLabel")}</span>
                  </dt>
                  <dd>
                    <time dateTime={workshop.createdAt.toISOString()}>
                      {format.dateTime(workshop.createdAt, { dateStyle: "medium" })}
                    </time>
                  </dd>
                </div>
              </dl>
            </Card>
          ))}
        </ul>
      )}
    </div>
  );
}

// The messages its client components use (components/site/client-messages.tsx).
export default withClientMessages(["auth.claim", "errors.failure"], WorkshopsPage);

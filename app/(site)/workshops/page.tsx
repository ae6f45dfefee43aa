import type { Metadata } from "next";
import { CalendarDays, ChevronRight, LayoutList, Plus, Radio, Users } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ClaimWorkshops } from "@/components/auth/claim-workshops";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { primaryButtonClass } from "@/components/ui/field";
import { claimableInThisBrowser } from "@/lib/workshops/claim";
import { currentUser } from "@/lib/auth/session";
import { listWorkshopsOwnedBy, type OwnedWorkshop } from "@/lib/workshops/data";

export const metadata: Metadata = { title: "Your workshops" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

function roundLabel(round: OwnedWorkshop["currentRound"]): string {
  if (!round) return "No round yet";
  const state = { open: "voting", revealed: "revealed", closed: "closed" }[round.status];
  return `Round ${round.number}, ${state}`;
}

export default async function WorkshopsPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=/workshops");
  const [workshops, claimable] = await Promise.all([
    listWorkshopsOwnedBy(user.id),
    claimableInThisBrowser(),
  ]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl space-y-2">
          <h1 className="text-title font-bold">Your workshops</h1>
          <p className="text-muted">
            Every workshop you facilitate with this account, newest first. Workshops you started
            without signing in can be added here, from the browser you started them in.
          </p>
        </div>
        <Link href="/" className={primaryButtonClass}>
          <Plus aria-hidden="true" />
          New workshop
        </Link>
      </div>

      <ClaimWorkshops workshops={claimable} account={user.email ?? user.name ?? "this account"} />

      {workshops.length === 0 ? (
        <EmptyState icon={LayoutList} title="You have no workshops yet.">
          <p>Start one from the home page: it shows up here from then on.</p>
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
                  <dt className="sr-only">Status</dt>
                  <dd>
                    <Badge tone={workshop.status === "open" ? "success" : "neutral"}>
                      {workshop.status === "open" ? "Open" : "Closed"}
                    </Badge>
                  </dd>
                </div>
                <div className="flex items-center gap-1.5">
                  <dt>
                    <Radio aria-hidden="true" className="size-4" />
                    <span className="sr-only">Round:</span>
                  </dt>
                  <dd>{roundLabel(workshop.currentRound)}</dd>
                </div>
                <div className="flex items-center gap-1.5">
                  <dt>
                    <Users aria-hidden="true" className="size-4" />
                    <span className="sr-only">Participants:</span>
                  </dt>
                  <dd>
                    {workshop.participants} {workshop.participants === 1 ? "person" : "people"}
                  </dd>
                </div>
                <div className="flex items-center gap-1.5">
                  <dt className="sr-only">Mode:</dt>
                  <dd>{workshop.mode === "live" ? "Live" : "Async"}</dd>
                </div>
                <div className="flex items-center gap-1.5">
                  <dt>
                    <CalendarDays aria-hidden="true" className="size-4" />
                    <span className="sr-only">Started:</span>
                  </dt>
                  <dd>
                    <time dateTime={workshop.createdAt.toISOString()}>
                      {dateFormat.format(workshop.createdAt)}
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

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ClaimWorkshops } from "@/components/auth/claim-workshops";
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
      <div className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Your workshops</h1>
        <p className="text-muted">
          Every workshop you facilitate with this account, newest first. Workshops you started
          without signing in can be added here, from the browser you started them in.
        </p>
      </div>

      <ClaimWorkshops workshops={claimable} account={user.email ?? user.name ?? "this account"} />

      {workshops.length === 0 ? (
        <div className="rounded-card border-line bg-surface shadow-card border p-5">
          <p className="text-muted">You have no workshops yet.</p>
          <p className="mt-3">
            <Link
              href="/"
              className="bg-accent hover:bg-accent-strong rounded-control text-on-accent inline-block px-4 py-3 font-semibold"
            >
              Start a workshop
            </Link>
          </p>
        </div>
      ) : (
        <ul className="space-y-3">
          {workshops.map((workshop) => (
            <li
              key={workshop.id}
              className="rounded-card border-line bg-surface shadow-card border p-5"
            >
              <h2 className="text-lg font-semibold">
                <Link href={`/w/${workshop.id}/facilitate`} className="text-accent hover:underline">
                  {workshop.title}
                </Link>
              </h2>
              <p className="text-muted">{workshop.teamName}</p>
              <dl className="text-muted mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                <div className="flex gap-1">
                  <dt>Status:</dt>
                  <dd className="text-ink font-semibold">
                    {workshop.status === "open" ? "Open" : "Closed"}
                  </dd>
                </div>
                <div className="flex gap-1">
                  <dt className="sr-only">Round:</dt>
                  <dd>{roundLabel(workshop.currentRound)}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>Participants:</dt>
                  <dd>{workshop.participants}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>Mode:</dt>
                  <dd>{workshop.mode === "live" ? "Live" : "Async"}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>Started:</dt>
                  <dd>
                    <time dateTime={workshop.createdAt.toISOString()}>
                      {dateFormat.format(workshop.createdAt)}
                    </time>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

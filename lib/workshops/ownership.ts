import "server-only";
import type { Grant } from "@/lib/access/gate";
import { maskEmailAddress } from "@/lib/auth/email-address";
import { prisma } from "@/lib/db/prisma";

// Which account keeps a workshop, as its facilitator page tells whoever runs it. A facilitator
// who got in by link sees at once if an account holds the workshop and keeps access whatever
// happens to the link; the address is masked, since a link holder need not be its owner.

export type Ownership =
  { kept: "by-you" } | { kept: "by-account"; account: string } | { kept: "by-no-account" };

export async function ownershipOf(grant: Grant<"facilitator-view.view">): Promise<Ownership> {
  const workshop = await prisma().workshop.findUnique({
    where: { id: grant.workshopId },
    select: { ownerId: true, owner: { select: { email: true } } },
  });
  if (!workshop?.ownerId) return { kept: "by-no-account" };
  if (workshop.ownerId === grant.actor.userId) return { kept: "by-you" };
  return { kept: "by-account", account: maskEmailAddress(workshop.owner?.email ?? "") };
}

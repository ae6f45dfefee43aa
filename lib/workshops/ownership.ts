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

/** The sentence the facilitator page shows about it. */
export function describeOwnership(ownership: Ownership): string {
  switch (ownership.kept) {
    case "by-you":
      return "Your account keeps this workshop: you keep access whatever happens to the link.";
    case "by-account":
      return `The account ${ownership.account} keeps this workshop and keeps access whatever happens to the link. Only that account can delete it.`;
    case "by-no-account":
      return "No account keeps this workshop, so the link is the only way in. To keep it in your list, sign in from the browser you started it in.";
  }
}

import "server-only";
import { starterKeyInThisBrowser } from "@/lib/auth/cookies";
import { findClaimableWorkshops, type ClaimableWorkshop } from "./data";
import { claimWorkshops } from "./mutations";

// Adding the workshops a browser started without an account to the account signed in there.
// Only the browser that started a workshop may (its starter key, lib/auth/cookies.ts): holding
// the facilitator link is not enough, or a leaked link would let a stranger own the workshop for
// good. Never on sign-in by itself either: the account signed in may not be the person's own (a
// sign-in link someone else asked for, a shared computer), so the account asks first
// (app/workshops/page.tsx) and adds only what the person confirmed, with a same-origin POST
// (app/api/workshops/claim).

/** How many workshops one request may add, and the page offers at once. */
export const MAX_CLAIMS = 20;

/** The workshops this browser started that no account owns yet. */
export async function claimableInThisBrowser(): Promise<ClaimableWorkshop[]> {
  return findClaimableWorkshops(await starterKeyInThisBrowser(), MAX_CLAIMS);
}

/** Gives the account those of the chosen workshops this browser may still give it. */
export async function claimInThisBrowser(
  userId: string,
  workshopIds: readonly string[],
): Promise<string[]> {
  return claimWorkshops(userId, await starterKeyInThisBrowser(), workshopIds);
}

import "server-only";
import { facilitatorTokensInThisBrowser } from "@/lib/auth/cookies";
import { MAX_FACILITATOR_COOKIES } from "@/lib/auth/facilitator-cookies";
import { findClaimableWorkshops, type ClaimableWorkshop } from "./data";
import { claimWorkshops } from "./mutations";

// Adding the workshops a browser facilitates by link to the account signed in there. Never on
// sign-in by itself: the account signed in may not be the person's own (a sign-in link someone
// else asked for, a shared computer), so the account asks first (app/workshops/page.tsx) and
// adds only what the person confirmed, with a same-origin POST (app/api/workshops/claim).

// A browser keeps at most this many facilitator cookies, so no request may name more.
export const MAX_CLAIMS = MAX_FACILITATOR_COOKIES;

async function capabilitiesInThisBrowser(): Promise<string[]> {
  return (await facilitatorTokensInThisBrowser()).slice(0, MAX_CLAIMS);
}

/** The workshops this browser facilitates by link that no account owns yet. */
export async function claimableInThisBrowser(): Promise<ClaimableWorkshop[]> {
  return findClaimableWorkshops(await capabilitiesInThisBrowser());
}

/** Gives the account those of the chosen workshops this browser may still give it. */
export async function claimInThisBrowser(
  userId: string,
  workshopIds: readonly string[],
): Promise<string[]> {
  return claimWorkshops(userId, await capabilitiesInThisBrowser(), workshopIds);
}

import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { findClaimableWorkshops, type ClaimableWorkshop } from "@/lib/workshops/data";
import { claimWorkshops } from "@/lib/workshops/mutations";
import { FACILITATOR_COOKIE_PREFIX } from "./cookies";

// Adding the workshops a browser facilitates by link to the account signed in there. Never on
// sign-in by itself: the account signed in may not be the person's own (a sign-in link someone
// else asked for, a shared computer), so the account asks first (app/workshops/page.tsx) and
// adds only what the person confirmed, with a same-origin POST (app/api/workshops/claim).

// A browser holds at most a few dozen of these; the cap keeps a stuffed cookie jar from turning
// one request into a huge query.
export const MAX_CLAIMS = 50;

const capabilityToken = z.string().regex(/^[\x21-\x7e]{16,256}$/);

async function capabilitiesInThisBrowser(): Promise<string[]> {
  return (await cookies())
    .getAll()
    .filter((cookie) => cookie.name.startsWith(FACILITATOR_COOKIE_PREFIX))
    .map((cookie) => cookie.value)
    .filter((value) => capabilityToken.safeParse(value).success)
    .slice(0, MAX_CLAIMS);
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

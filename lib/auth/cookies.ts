import "server-only";
import { cookies } from "next/headers";
import type { Credentials } from "@/lib/workshops/data";
import { currentUser } from "./session";

// The secrets a browser holds for a workshop, each in its own httpOnly cookie: the facilitator
// capability (exchanged from the private facilitator link) and the guest identity of a
// participant who joined without an account. SameSite=Lax keeps them off cross-site posts.

export const FACILITATOR_COOKIE_PREFIX = "bp_facilitator_";
const GUEST_COOKIE_PREFIX = "bp_guest_";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const facilitatorCookie = (workshopId: string) => `${FACILITATOR_COOKIE_PREFIX}${workshopId}`;
const guestCookie = (workshopId: string) => `${GUEST_COOKIE_PREFIX}${workshopId}`;

/** What this request carries for one workshop: its cookies and the signed-in account. */
export async function readCredentials(workshopId: string): Promise<Credentials> {
  const jar = await cookies();
  const capability = jar.get(facilitatorCookie(workshopId))?.value;
  const user = await currentUser();
  return {
    capabilityTokens: capability ? [capability] : [],
    guestToken: jar.get(guestCookie(workshopId))?.value,
    userId: user?.id,
  };
}

/** Only the guest cookie: the ballot save, the hot path, needs no session lookup for guests. */
export async function readGuestToken(workshopId: string): Promise<string | undefined> {
  return (await cookies()).get(guestCookie(workshopId))?.value;
}

async function remember(name: string, token: string, secure: boolean) {
  (await cookies()).set(name, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
  });
}

export async function rememberFacilitator(workshopId: string, token: string, secure: boolean) {
  await remember(facilitatorCookie(workshopId), token, secure);
}

export async function rememberParticipant(workshopId: string, token: string, secure: boolean) {
  await remember(guestCookie(workshopId), token, secure);
}

/** Drops the workshop's secrets from this browser (after the workshop was deleted). */
export async function forgetWorkshop(workshopId: string) {
  const jar = await cookies();
  jar.delete(facilitatorCookie(workshopId));
  jar.delete(guestCookie(workshopId));
}

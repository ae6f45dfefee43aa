import "server-only";
import { cookies } from "next/headers";
import {
  facilitatorCookieName,
  facilitatorCookiesToDrop,
  facilitatorCookieValue,
  parseFacilitatorCookie,
} from "./facilitator-cookies";
import { currentUser } from "./session";
import { newToken } from "./tokens";
import { isToken } from "@/lib/ids";

// The secrets a browser holds for a workshop, each in its own httpOnly cookie: the facilitator
// capability (exchanged from the private facilitator link) and the guest identity of a
// participant who joined without an account. SameSite=Lax keeps them off cross-site posts.
// How many facilitator cookies a browser keeps, and their values: ./facilitator-cookies.ts.

const GUEST_COOKIE_PREFIX = "bp_guest_";
// One per browser, however many workshops it starts, so no one can fill a cookie jar with them.
const STARTER_COOKIE = "bp_starter";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The name of the cookie holding a guest's identity in one workshop. */
export const guestCookie = (workshopId: string) => `${GUEST_COOKIE_PREFIX}${workshopId}`;

/** What this request carries for one workshop: its cookies and the signed-in account. */
export async function readCredentials(workshopId: string): Promise<Credentials> {
  const jar = await cookies();
  const cookie = jar.get(facilitatorCookieName(workshopId))?.value;
  const capability = cookie === undefined ? null : parseFacilitatorCookie(cookie);
  const user = await currentUser();
  return {
    capabilityTokens: capability ? [capability.token] : [],
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

/**
 * Keeps the facilitator capability in this browser, and drops its oldest other facilitator
 * cookies beyond MAX_FACILITATOR_COOKIES, so that no one can fill the browser's cookie jar with
 * links until the site refuses it.
 */
export async function rememberFacilitator(workshopId: string, token: string, secure: boolean) {
  const name = facilitatorCookieName(workshopId);
  const jar = await cookies();
  for (const stale of facilitatorCookiesToDrop(jar.getAll(), name)) jar.delete(stale);
  await remember(name, facilitatorCookieValue(token, new Date()), secure);
}

/**
 * This browser's starter key, made when it first starts a workshop without an account and kept
 * (its year renewed) for every later one. Each workshop it starts keeps the key's hash, and only
 * a browser holding the key may add the workshop to an account: a facilitator link that leaked
 * lets its holder run the workshop until the link is replaced, never own it.
 */
export async function rememberStarter(secure: boolean): Promise<string> {
  const key = (await starterKeyInThisBrowser()) ?? newToken();
  await remember(STARTER_COOKIE, key, secure);
  return key;
}

/** The starter key this browser holds, if it started workshops without an account. */
export async function starterKeyInThisBrowser(): Promise<string | undefined> {
  const key = (await cookies()).get(STARTER_COOKIE)?.value;
  return key !== undefined && isToken(key) ? key : undefined;
}

export async function rememberParticipant(workshopId: string, token: string, secure: boolean) {
  await remember(guestCookie(workshopId), token, secure);
}

/** Drops the workshop's secrets from this browser (after the workshop was deleted). */
export async function forgetWorkshop(workshopId: string) {
  const jar = await cookies();
  jar.delete(facilitatorCookieName(workshopId));
  jar.delete(guestCookie(workshopId));
}

export interface Credentials {
  /** Every facilitator capability token the browser holds (cookies), for any workshop. */
  capabilityTokens: readonly string[];
  guestToken?: string;
  userId?: string;
}

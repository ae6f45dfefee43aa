import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies } from "next/headers";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { oneRow } from "@/lib/db/rows";
import { isToken } from "@/lib/ids";
import { authSecret } from "@/lib/env";
import { isSecure } from "@/lib/http/route";
import { MAX_CALLBACK_URL_LENGTH } from "./callback-url";
import { emailAddressSchema } from "./email-address";
import { hashToken, newToken } from "./tokens";

// Login CSRF: an attacker who asks for a sign-in link to their own address, and gets someone
// else's browser to open it, would sign that browser into the attacker's account. So a sign-in
// link goes straight through only in the browser that asked for it. Asking sets a random nonce
// in an httpOnly cookie (kept while it lasts, so every link asked for in one browser carries the
// same one), and the link's row in verification_tokens keeps the nonce's hash. A link opened
// anywhere else stops at /sign-in/confirm, which names the account and signs in only after a
// click on this site (a same-origin POST); or that browser asks for a link of its own.

const NONCE_COOKIE = "bp_sign_in";
/** As long as a sign-in link works (lib/auth/options.ts SIGN_IN_LINK_MINUTES), and a margin. */
const NONCE_MAX_AGE_SECONDS = 60 * 60;

/** The hash of the browser asking for a sign-in link, while next-auth writes the link's row. */
const askingBrowser = new AsyncLocalStorage<string>();

/**
 * This browser's sign-in nonce, set (or kept, with its lifetime renewed) on the response.
 * Returns its hash, the form in which it is stored.
 */
async function claimNonce(request: Request): Promise<string> {
  const jar = await cookies();
  const current = jar.get(NONCE_COOKIE)?.value;
  const nonce = current && isToken(current) ? current : newToken();
  jar.set(NONCE_COOKIE, nonce, {
    httpOnly: true,
    sameSite: "lax",
    secure: isSecure(request),
    path: "/",
    maxAge: NONCE_MAX_AGE_SECONDS,
  });
  return hashToken(nonce);
}

async function thisBrowserHash(): Promise<string | null> {
  const nonce = (await cookies()).get(NONCE_COOKIE)?.value;
  return nonce ? hashToken(nonce) : null;
}

/**
 * Runs next-auth's handling of a request for a sign-in e-mail with this browser's nonce at hand,
 * so that the link's row is written with it (`rememberAskingBrowser`).
 */
export async function asBrowserAskingForLink<T>(request: Request, work: () => Promise<T>) {
  return askingBrowser.run(await claimNonce(request), work);
}

/**
 * Records which browser asked for the link whose row next-auth has just written. Called by the
 * adapter's createVerificationToken (lib/auth/options.ts) with next-auth's hashed token.
 */
export async function rememberAskingBrowser(identifier: string, hashedToken: string) {
  const browserHash = askingBrowser.getStore();
  if (!browserHash) return;
  await prisma().$executeRaw`
    UPDATE verification_tokens SET browser_hash = ${browserHash}
    WHERE identifier = ${identifier} AND token = ${hashedToken}`;
}

/** next-auth's form of a link token in the database (next-auth/core/lib/utils hashToken). */
function nextAuthTokenHash(token: string): string {
  return hashToken(`${token}${authSecret()}`);
}

/**
 * The e-mail link's query: next-auth's 64 hex characters, the address it was sent to, and where
 * to go after signing in (next-auth checks that one itself, and lib/auth/auth-request.ts first).
 */
export const signInLinkSchema = z.object({
  token: z.string().regex(/^[0-9a-f]{64}$/),
  email: emailAddressSchema,
  callbackUrl: z.string().max(MAX_CALLBACK_URL_LENGTH).optional(),
});
export type SignInLink = z.infer<typeof signInLinkSchema>;

const signInLinkRow = z.object({ browserHash: z.string().nullable() });

/** A link that is still valid, and the hash of the browser it belongs to. */
async function findLink(link: SignInLink) {
  return oneRow(
    "findSignInLink",
    signInLinkRow,
    prisma().$queryRaw`
    SELECT browser_hash AS "browserHash" FROM verification_tokens
    WHERE identifier = ${link.email} AND token = ${nextAuthTokenHash(link.token)}
      AND expires > CURRENT_TIMESTAMP`,
  );
}

/**
 * For next-auth's e-mail callback (GET /api/auth/callback/email): null lets it sign in, which
 * it may only in the browser that asked for this link, or for a link next-auth will refuse by
 * itself (unknown, used or expired). A link that is not one this check can read is refused
 * (400) rather than handed on: next-auth reads less of it than the schema does, and would sign
 * in with a link whose callbackUrl, say, made it unreadable here. Anything else is sent to the
 * confirmation page.
 */
export async function foreignSignInLink(
  request: Request,
  endpoint: string,
): Promise<Response | null> {
  const url = new URL(request.url);
  // Any method: next-auth takes the token from the query of a POST to its callback as well.
  if (endpoint !== "callback/email") return null;
  const link = signInLinkSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!link.success) {
    return Response.json(
      { error: { code: "invalid-input", message: "This sign-in link is not valid." } },
      { status: 400, headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } },
    );
  }
  const row = await findLink(link.data);
  if (!row) return null;
  const browserHash = await thisBrowserHash();
  if (row.browserHash !== null && row.browserHash === browserHash) return null;
  const confirm = new URL("/sign-in/confirm", url);
  confirm.search = new URLSearchParams(link.data).toString();
  return new Response(null, {
    status: 303,
    headers: {
      Location: `${confirm.pathname}${confirm.search}`,
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}

/**
 * The confirmation: adopts the link for this browser, so that next-auth's callback, which the
 * caller sends the browser to next, signs it in. False when the link no longer works.
 */
export async function adoptSignInLink(request: Request, link: SignInLink): Promise<boolean> {
  const browserHash = await claimNonce(request);
  const updated = await prisma().$executeRaw`
    UPDATE verification_tokens SET browser_hash = ${browserHash}
    WHERE identifier = ${link.email} AND token = ${nextAuthTokenHash(link.token)}
      AND expires > CURRENT_TIMESTAMP`;
  return updated === 1;
}

/** Whether a link could still sign someone in: the confirmation page asks only then. */
export async function isUsableSignInLink(link: SignInLink): Promise<boolean> {
  return (await findLink(link)) !== null;
}

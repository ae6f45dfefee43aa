import "server-only";
import { createHmac } from "node:crypto";
import { authSecret, env } from "@/lib/env";
import {
  hit,
  hitByClient,
  SIGN_IN_MAILS_PER_ADDRESS,
  SIGN_IN_MAILS_PER_RECIPIENT,
} from "@/lib/http/rate-limit";
import { emailAddressSchema } from "./email-address";

/** The code the sign-in page and form turn into words (components/auth/auth-errors.ts). */
export const RATE_LIMITED_SIGN_IN = "RateLimited";

/**
 * Checks a request for a sign-in e-mail (next-auth's POST /api/auth/signin/email) against the
 * limits per client address and per recipient, before next-auth sees it; null lets it through.
 * Every request counts against its client address; the recipient's count only goes up while
 * the client is within its limit, so a refused client cannot use up someone else's mails.
 *
 * A refusal answers the way next-auth answers its own errors, so its client code and the
 * sign-in form need nothing new: JSON with the sign-in page's address and the error code for
 * `signIn()` (with status 429 and Retry-After), a redirect there for a plain form post.
 */
export async function signInMailRefusal(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !new URL(request.url).pathname.endsWith("/signin/email")) {
    return null;
  }
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  let outcome = await hitByClient(SIGN_IN_MAILS_PER_ADDRESS, request.headers);
  const email = emailAddressSchema.safeParse(form?.get("email"));
  if (outcome.allowed && email.success) {
    outcome = await hit(SIGN_IN_MAILS_PER_RECIPIENT, recipientKey(email.data));
  }
  if (outcome.allowed) return null;

  const signInPage = new URL("/sign-in", env().APP_URL);
  const callbackUrl = form?.get("callbackUrl");
  if (typeof callbackUrl === "string") signInPage.searchParams.set("callbackUrl", callbackUrl);
  signInPage.searchParams.set("error", RATE_LIMITED_SIGN_IN);
  const headers = { "Cache-Control": "no-store", "Retry-After": String(outcome.retryAfterSeconds) };
  if (form?.get("json") === "true") {
    return Response.json({ url: signInPage.toString() }, { status: 429, headers });
  }
  return new Response(null, {
    status: 303,
    headers: { ...headers, Location: signInPage.toString() },
  });
}

/** Keyed by a keyed hash: the table never holds an e-mail address, not even briefly. */
function recipientKey(email: string): string {
  return createHmac("sha256", authSecret()).update(`sign-in-to:${email}`).digest("hex");
}

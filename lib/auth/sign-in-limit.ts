import "server-only";
import { authSecret, env } from "@/lib/env";
import {
  giveBack,
  hit,
  hitByClient,
  SIGN_IN_MAILS_PER_ADDRESS,
  SIGN_IN_MAILS_PER_RECIPIENT,
} from "@/lib/http/rate-limit";
import { authRequestFields, wantsJson } from "./auth-request";
import { emailAddressSchema } from "./email-address";
import { deriveRecipientKey } from "./tokens";

/** The code the sign-in page and form turn into words (components/auth/auth-errors.ts). */
export const RATE_LIMITED_SIGN_IN = "RateLimited";

/**
 * Checks a request for a sign-in e-mail (next-auth's POST /api/auth/signin/email) against the
 * limits per recipient and per client address, before next-auth sees it; null lets it through.
 * The body is read by authRequestFields, exactly as next-auth reads it, so the recipient counted
 * is the one next-auth mails whatever the encoding (a form, or JSON). The recipient's limit
 * comes first, and only a request it lets through counts against the client address: asking
 * again for one inbox never spends everyone's budget on a shared address. A request the address
 * then refuses gives the recipient's hit back, so a refused client cannot use up someone else's
 * mails either. Requests without a valid address never get here (auth-request.ts refuses them).
 *
 * A refusal answers the way next-auth answers its own errors, so its client code and the
 * sign-in form need nothing new: JSON with the sign-in page's address and the error code for
 * `signIn()` (with status 429 and Retry-After), a redirect there for a plain form post.
 */
export async function signInMailRefusal(
  request: Request,
  endpoint: string,
): Promise<Response | null> {
  if (request.method !== "POST" || endpoint !== "signin/email") {
    return null;
  }
  const fields = (await authRequestFields(request)) ?? {};
  const email = emailAddressSchema.safeParse(fields.email);
  if (!email.success) return null;
  const recipient = deriveRecipientKey(authSecret(), SIGN_IN_MAILS_PER_RECIPIENT.name, email.data);
  const now = new Date();
  let outcome = await hit(SIGN_IN_MAILS_PER_RECIPIENT, recipient, now);
  if (outcome.allowed) {
    outcome = await hitByClient(SIGN_IN_MAILS_PER_ADDRESS, request.headers, now);
    if (!outcome.allowed) await giveBack(SIGN_IN_MAILS_PER_RECIPIENT, recipient, now);
  }
  if (outcome.allowed) return null;

  const signInPage = new URL("/sign-in", env().APP_URL);
  const callbackUrl = fields.callbackUrl;
  if (typeof callbackUrl === "string") signInPage.searchParams.set("callbackUrl", callbackUrl);
  signInPage.searchParams.set("error", RATE_LIMITED_SIGN_IN);
  const headers = { "Cache-Control": "no-store", "Retry-After": String(outcome.retryAfterSeconds) };
  if (wantsJson(fields)) {
    return Response.json({ url: signInPage.toString() }, { status: 429, headers });
  }
  return new Response(null, {
    status: 303,
    headers: { ...headers, Location: signInPage.toString() },
  });
}

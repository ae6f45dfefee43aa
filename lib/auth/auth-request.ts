import type { NextRequest } from "next/server";
import { illFormedPath } from "@/lib/http/well-formed";
import { MAX_CALLBACK_URL_LENGTH } from "./callback-url";
import { emailAddressSchema } from "./email-address";

// next-auth v4 answers some malformed requests with a 500 instead of refusing them, which the
// fuzz test (e2e/fuzz.spec.ts) found:
// - a sign-in e-mail request whose address is no address: our normalizeIdentifier
//   (lib/auth/options.ts) throws, and next-auth reports that as a server configuration error;
// - a callbackUrl that is not an http(s) URL or a path: in the query or the callback cookie
//   next-auth calls it a configuration error, in the body its redirect callback throws;
// - a body it cannot parse (broken JSON) or that is not an object;
// - a JSON body with a lone surrogate (e.g. in callbackUrl), which is not text (issue 12).
// The route checks requests the way next-auth will read them (next-auth/next getBody: JSON or
// a URL-encoded form, only for POST) and refuses these with a 400 before next-auth sees them.
// The sign-in e-mail limits (sign-in-limit.ts) read the body with the same authRequestFields:
// a limit that read it any other way would miss the address in every encoding it did not read.

const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/**
 * What next-auth itself accepts as a callback URL (an http(s) URL, or a path on this site), no
 * longer than the sign-in link's own check reads.
 */
export function isCallbackUrl(value: unknown, appUrl: string): boolean {
  if (typeof value !== "string" || value.length > MAX_CALLBACK_URL_LENGTH) return false;
  try {
    const url = new URL(value, value.startsWith("/") ? appUrl : undefined);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

async function bodyAsNextAuthReadsIt(request: Request): Promise<unknown> {
  if (request.method !== "POST" || !request.body) return undefined;
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) return request.clone().json();
  if (type.includes("application/x-www-form-urlencoded")) {
    return Object.fromEntries(new URLSearchParams(await request.clone().text()));
  }
  return undefined;
}

/**
 * The fields of the request's body exactly as next-auth will see them: {} when it reads no body
 * (not a POST, no body, another content type), null when it would fail on it (broken JSON, or
 * JSON that is not an object). Reads a clone, so next-auth can still read the request.
 */
export async function authRequestFields(request: Request): Promise<Record<string, unknown> | null> {
  let body: unknown;
  try {
    body = await bodyAsNextAuthReadsIt(request);
  } catch {
    return null;
  }
  if (body === undefined) return {};
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  return body as Record<string, unknown>;
}

/** Whether a sign-in request asks for JSON answers, as next-auth's signIn() does. */
export function wantsJson(fields: Record<string, unknown>): boolean {
  return fields.json === "true" || fields.json === true;
}

const refuse = (message: string) =>
  Response.json(
    { error: { code: "invalid-input", message } },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );

/** A 400 for a request next-auth would fail on with a 500; null lets it through. */
export async function malformedAuthRequest(
  request: NextRequest,
  appUrl: string,
  endpoint: string,
): Promise<Response | null> {
  const callbackUrls: unknown[] = [];
  const query = request.nextUrl.searchParams.get("callbackUrl");
  if (query !== null) callbackUrls.push(query);
  for (const name of CALLBACK_URL_COOKIES) {
    const cookie = request.cookies.get(name);
    if (cookie) callbackUrls.push(cookie.value);
  }

  const fields = await authRequestFields(request);
  if (fields === null) return refuse("The request body is not valid.");
  // JSON can carry a lone surrogate, which next-auth's cookie encoder throws on (URIError).
  if (illFormedPath(fields) !== null) return refuse("The request holds text that is not valid.");
  if ("callbackUrl" in fields) callbackUrls.push(fields.callbackUrl);
  if (callbackUrls.some((url) => !isCallbackUrl(url, appUrl))) {
    return refuse("The address to return to after signing in is not valid.");
  }

  if (request.method === "POST" && endpoint === "signin/email") {
    if (!emailAddressSchema.safeParse(fields.email).success) {
      // As next-auth reports a sign-in e-mail that could not be sent: the form shows its text.
      const signInPage = new URL("/sign-in", appUrl);
      signInPage.searchParams.set("error", "EmailSignin");
      if (wantsJson(fields)) {
        return Response.json(
          { url: signInPage.toString() },
          { status: 400, headers: { "Cache-Control": "no-store" } },
        );
      }
      return new Response(null, {
        status: 303,
        headers: { "Cache-Control": "no-store", Location: signInPage.toString() },
      });
    }
  }
  return null;
}

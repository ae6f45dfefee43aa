import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { malformedAuthRequest } from "@/lib/auth/auth-request";
import { authOptions } from "@/lib/auth/options";
import { asBrowserAskingForLink, foreignSignInLink } from "@/lib/auth/sign-in-browser";
import { signInMailRefusal } from "@/lib/auth/sign-in-limit";
import { env } from "@/lib/env";
import { crossSiteRefusal } from "@/lib/http/route";

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

// The options are built per call rather than at import: `next build` loads this module without
// the secret or the database the running server gets. Cross-site writes are refused before
// next-auth sees them, as for every other route handler: its CSRF token already stops them
// from sending a mail or ending a session, and this makes the refusal the same 403 everywhere.
// Requests next-auth would fail on with a 500 are refused next (lib/auth/auth-request.ts);
// requests for sign-in e-mails then pass the rate limits (lib/auth/sign-in-limit.ts) and are
// tied to the browser that made them, and a sign-in link opened in any other browser asks
// before it signs that browser in (lib/auth/sign-in-browser.ts).
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const crossSite = crossSiteRefusal(request);
  if (crossSite) return crossSite;
  // Which endpoint, as next-auth itself reads it: its first two decoded segments. It ignores any
  // further ones, so a path like /callback/email/x (or /callback/%65mail) would be its callback
  // while looking like something else to a check on the address: no such path is served.
  const segments = (await context.params).nextauth;
  if (segments.length > 2) {
    return Response.json(
      { error: { code: "not-found", message: "Not found." } },
      { status: 404, headers: { "Cache-Control": "no-store" } },
    );
  }
  const endpoint = segments.join("/");
  const malformed = await malformedAuthRequest(request, env().APP_URL, endpoint);
  if (malformed) return malformed;
  const refusal = await signInMailRefusal(request, endpoint);
  if (refusal) return refusal;
  const foreign = await foreignSignInLink(request, endpoint);
  if (foreign) return foreign;
  if (request.method === "POST" && endpoint === "signin/email") {
    return asBrowserAskingForLink(request, () => NextAuth(request, context, authOptions()));
  }
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };

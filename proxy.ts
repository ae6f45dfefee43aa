import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/http/csp";

/**
 * Gives every page its own Content-Security-Policy nonce (lib/http/csp.ts). The policy goes on
 * the request too: Next.js reads the nonce from there and puts it on the scripts it renders.
 * The other security headers come from next.config.ts.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only. Not the route handlers under /api (JSON, with a fixed policy from
      // next.config.ts; the ballot save is a hot path that must not pay for this), not Next's
      // own assets, and no address with a dot (the icon, the CSV downloads): no page has one.
      source: "/((?!api/|_next/static/|_next/image|.*\\.).*)",
      // Prefetches fetch data, not a document: no policy applies to them.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

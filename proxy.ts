import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/http/csp";
import { hasMalformedEncoding } from "@/lib/http/malformed-path";

/**
 * Three jobs, kept off the route handlers' hot path by the matcher below:
 * - A POST naming a server action is refused: Blueprint has none.
 * - Next.js answers a request for a dynamic route whose address has broken percent-encoding
 *   ("/w/%zz", "/u/%E0%A4%A/confirm") with a bare 500. Such an address only comes from a broken
 *   or hostile client, so it gets a 400 here instead (found by e2e/fuzz.spec.ts).
 * - Every page gets its own Content-Security-Policy nonce (lib/http/csp.ts). The policy goes on
 *   the request too: Next.js reads the nonce from there and puts it on the scripts it renders.
 *   The other security headers come from next.config.ts.
 */
export function proxy(request: NextRequest): NextResponse {
  // Blueprint has no server actions (e2e/fuzz.spec.ts fails when one appears): a request naming
  // one is forged or stale, and is refused here rather than half-rendered by Next.js, which
  // answered some such form posts with a 500 once the header's controls needed their messages.
  if (request.headers.has("next-action")) {
    return new NextResponse("There is no such action.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (hasMalformedEncoding(request.nextUrl.pathname)) {
    return new NextResponse("This address is not valid.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
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
    // Any address with a "%" in it, for the encoding check (a route handler's answer then also
    // carries a page policy, which a JSON answer does not mind).
    "/:path(.*%.*)",
  ],
};

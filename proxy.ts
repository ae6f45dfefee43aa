import { NextResponse, type NextRequest } from "next/server";
import { hasMalformedEncoding } from "@/lib/http/malformed-path";

// Next.js answers a request for a dynamic route whose address has broken percent-encoding
// ("/w/%zz", "/u/%E0%A4%A/confirm") with a bare 500. Such an address only comes from a broken or
// hostile client, so it gets a 400 here instead (found by e2e/fuzz.spec.ts). The matcher lets
// only addresses with a "%" in them reach this function: every other request skips it.

export function proxy(request: NextRequest): NextResponse {
  if (hasMalformedEncoding(request.nextUrl.pathname)) {
    return new NextResponse("This address is not valid.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/:path(.*%.*)"],
};

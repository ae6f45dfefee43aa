import { hashToken } from "@/lib/auth/tokens";
import { lookUpLink } from "@/lib/http/rate-limit";
import { route } from "@/lib/http/route";
import { findUnsubscribeTarget, unsubscribe } from "@/lib/mail/unsubscribe";
import { RateLimitedError } from "@/lib/errors";
import { isToken } from "@/lib/ids";

// Turns off the mails behind an unsubscribe link: the button on /u/<token>, and the one-click
// unsubscribe of mail programs (RFC 8058: a POST with "List-Unsubscribe=One-Click", from the
// mail provider's servers). Both are sent back to the page, which then says the mails stopped.
// A GET changes nothing: it only leads to that page.

const headers = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

const notFound = () => new Response("This link is not valid.", { status: 404, headers });

const backToPage = (token: string) =>
  new Response(null, { status: 303, headers: { ...headers, Location: `/u/${token}` } });

export const POST = route<{ token: string }>(async (request, { token }) => {
  const lookup = await lookUpLink(
    request.headers,
    async () => ((await findUnsubscribeTarget(token)) ? token : null),
    () => `unsubscribe:${hashToken(token)}`,
  );
  if (lookup.outcome === "limited") throw new RateLimitedError(lookup.retryAfterSeconds);
  // Counted first, then done: a request over the limit changes nothing.
  return lookup.outcome === "found" && (await unsubscribe(token)) ? backToPage(token) : notFound();
});

export const GET = route<{ token: string }>(async (_request, { token }) =>
  isToken(token) ? backToPage(token) : notFound(),
);

import { waitInWords } from "@/lib/http/rate-limit";

/**
 * What a link's page shows instead of its content when the network it was opened from is over
 * the link lookup limit (lib/http/rate-limit.ts). Next.js pages cannot choose their status, so
 * this is a 200 that says plainly what happened and what to do.
 */
export function RateLimitedNotice({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-3xl font-bold tracking-tight">Please wait a moment</h1>
      <p role="alert" className="text-muted">
        A lot of Blueprint links were opened from your network in the last few minutes, so this one
        has to wait. Try again in {waitInWords(retryAfterSeconds)} by reloading this page.
      </p>
    </div>
  );
}

import { Hourglass } from "lucide-react";
import { waitInWords } from "@/lib/http/rate-limit";
import { ProblemPage } from "./problem-page";

/**
 * What a link's page shows instead of its content when the network it was opened from is over
 * the link lookup limit (lib/http/rate-limit.ts). Next.js pages cannot choose their status, so
 * this is a 200 that says plainly what happened and what to do.
 */
export function RateLimitedNotice({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  return (
    <ProblemPage icon={Hourglass} title="Please wait a moment">
      <p role="alert">
        A lot of Blueprint links were opened from your network in the last few minutes, so this one
        has to wait. Try again in {waitInWords(retryAfterSeconds)} by reloading this page.
      </p>
    </ProblemPage>
  );
}

import { Hourglass } from "lucide-react";
import { useTranslations } from "next-intl";
import { ProblemPage } from "./problem-page";

/**
 * What a link's page shows instead of its content when the network it was opened from is over
 * the link lookup limit (lib/http/rate-limit.ts). Next.js pages cannot choose their status, so
 * this is a 200 that says plainly what happened and what to do.
 *
 * The wait reads like lib/http/rate-limit.ts's waitInWords (used by the plain 429 page): "a few
 * seconds" under 45 seconds, else the minutes rounded, at least one.
 */
export function RateLimitedNotice({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  const t = useTranslations("site.rateLimited");
  const minutes = retryAfterSeconds < 45 ? 0 : Math.max(1, Math.round(retryAfterSeconds / 60));
  return (
    <ProblemPage icon={Hourglass} title={t("title")}>
      <p role="alert">{t("text", { minutes })}</p>
    </ProblemPage>
  );
}

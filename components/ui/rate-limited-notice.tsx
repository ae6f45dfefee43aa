import { Hourglass } from "lucide-react";
import { useTranslations } from "next-intl";
import { waitInMinutes } from "@/lib/errors";
import { ProblemPage } from "./problem-page";

/**
 * What a link's page shows instead of its content when the network it was opened from is over
 * the link lookup limit (lib/http/rate-limit.ts). Next.js pages cannot choose their status, so
 * this is a 200 that says plainly what happened and what to do. The wait is counted as the
 * plain 429 page counts it (waitInMinutes).
 */
export function RateLimitedNotice({ retryAfterSeconds }: { retryAfterSeconds: number }) {
  const t = useTranslations("site.rateLimited");
  const minutes = waitInMinutes(retryAfterSeconds);
  return (
    <ProblemPage icon={Hourglass} title={t("title")}>
      <p role="alert">{t("text", { minutes })}</p>
    </ProblemPage>
  );
}

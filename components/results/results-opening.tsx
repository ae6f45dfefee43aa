import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { WorkshopHeading } from "@/components/workshop/workshop-heading";
import { capitalise } from "@/lib/scoring";
import type { ResultsOpening } from "@/lib/results/view-model";

// The top of the results: drawn by the server on the results page and by the phone itself the
// moment the votes are revealed (components/workshop/reveal-handover.tsx), from the same data,
// so that the page that follows opens with exactly what the phone already shows.

export const confidenceTones = { high: "success", medium: "warning", low: "danger" } as const;

/** The round, the workshop and who voted; extras (other rounds, notices) follow as children. */
export function ResultsHeading({
  opening,
  children,
}: {
  opening: ResultsOpening;
  children?: ReactNode;
}) {
  const t = useTranslations("results.opening");
  return (
    <div className="space-y-2">
      <WorkshopHeading
        eyebrow={t("eyebrow", { round: opening.roundNumber, framework: opening.frameworkName })}
        title={opening.title}
        teamName={opening.teamName}
      />
      <p className="text-muted text-sm">
        {t.rich(opening.anonymous ? "revealedAnonymous" : "revealed", {
          turnout: opening.turnout,
          time: () => <LocalTime iso={opening.revealedAt} />,
        })}
      </p>
      {children}
    </div>
  );
}

/** A label over one answer of the first screen. */
function Label({ children }: { children: ReactNode }) {
  return <dt className="text-muted text-xs font-semibold tracking-wide uppercase">{children}</dt>;
}

/**
 * The first screen: what fits best, why (against the runner-up), how sure, and what to discuss
 * first. Short enough to fit a laptop's or a phone's first screen; the detail follows below.
 */
export function RecommendationCard({ opening }: { opening: ResultsOpening }) {
  const t = useTranslations("results");
  const { headline } = opening;
  return (
    <section
      aria-labelledby="recommendation-heading"
      className="rounded-card border-accent-line bg-surface shadow-card space-y-3 border-2 p-4 sm:space-y-4 sm:p-7 print:break-inside-avoid print:p-4 print:shadow-none"
    >
      <p className="text-accent text-sm font-semibold tracking-wide uppercase">
        {t("recommendation")}
      </p>
      {headline ? (
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h2 id="recommendation-heading" className="text-title font-bold text-balance sm:text-4xl">
            {t.rich("opening.heading", {
              name: headline.name,
              hidden: (chunks) => <span className="sr-only">{chunks}</span>,
            })}
          </h2>
          <p className="text-lg">
            {t.rich("opening.fit", {
              fit: headline.fitLabel,
              label: (chunks) => <span className="text-muted">{chunks}</span>,
              value: (chunks) => (
                <span className="font-semibold" data-testid="recommended-fit">
                  {chunks}
                </span>
              ),
            })}
          </p>
        </div>
      ) : (
        <h2 id="recommendation-heading" className="text-2xl font-bold tracking-tight">
          {t("noRecommendation")}
        </h2>
      )}
      <dl className="space-y-3">
        <div className="space-y-1" data-testid="why">
          <Label>{t("opening.why")}</Label>
          <dd>
            <ul className="space-y-1" data-testid="reasons">
              {opening.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </dd>
        </div>
        {headline && opening.sureness ? (
          <div className="space-y-1" data-testid="sureness">
            <Label>{t("opening.howSure")}</Label>
            <dd className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <Badge tone={confidenceTones[headline.confidence]}>{headline.confidenceLabel}</Badge>
              <span>{capitalise(opening.sureness)}.</span>
            </dd>
          </div>
        ) : null}
        {headline ? (
          <div className="space-y-1" data-testid="agenda">
            <Label>{t("opening.discussFirst")}</Label>
            <dd>{opening.agenda ?? t("opening.nothingDisputed")}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

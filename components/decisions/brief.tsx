import {
  CircleCheckBig,
  CircleDashed,
  Compass,
  MessageSquareWarning,
  TriangleAlert,
} from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { Brief, BriefSignOff } from "@/lib/decisions/brief";

/** "5 December 2026" in the reader's language, for a moment, in UTC. */
const DAY = { dateStyle: "long", timeZone: "UTC" } as const;

const STATUS_LABELS = {
  decided: "label.decided",
  recommended: "label.recommended",
  open: "label.open",
} as const;

/** One answer of the brief: a small label over a line or two. */
function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <dt className="text-muted text-xs font-semibold tracking-wide uppercase">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The leadership brief: the decision (or the recommendation) and what follows from it, on one
 * screen and on the first printed page, with its sign-off chain.
 */
export function DecisionBrief({ brief }: { brief: Brief }) {
  const t = useTranslations("decisions.brief");
  const decided = brief.status === "decided";
  return (
    <section
      aria-labelledby="brief-heading"
      className="rounded-card border-accent-line bg-surface shadow-card space-y-5 border-2 p-5 sm:p-7 print:break-inside-avoid print:p-4 print:shadow-none"
      data-testid="brief"
    >
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-accent text-sm font-semibold tracking-wide uppercase">
          {t(STATUS_LABELS[brief.status])}
        </p>
        {decided ? (
          <Badge tone="success">
            <CircleCheckBig aria-hidden="true" />
            {brief.version && brief.version > 1
              ? t("decidedVersion", { version: brief.version })
              : t("decided")}
          </Badge>
        ) : (
          <Badge tone="warning">{t("notDecided")}</Badge>
        )}
      </div>
      <h2 id="brief-heading" className="text-title font-bold text-balance sm:text-4xl">
        {t.rich(decided ? "headingDecided" : "headingOpen", {
          option: brief.optionName ?? t("noRecommendation"),
          sr: (chunks) => <span className="sr-only">{chunks}</span>,
        })}
      </h2>
      <p className="text-lg" data-testid="brief-summary">
        {brief.summary}
      </p>
      <dl className="grid gap-4 sm:grid-cols-2">
        {brief.confidence ? <Item label={t("howSure")}>{brief.confidence}</Item> : null}
        <Item label={t("whoTookPart")}>{brief.takingPart}</Item>
        <Item label={t("when")}>{brief.when}</Item>
        {brief.firstStep ? (
          <Item label={decided ? t("firstStep") : t("firstStepIfAgreed")}>
            <span className="inline-flex gap-2">
              <Compass aria-hidden="true" className="text-accent mt-1 size-4 shrink-0" />
              <span>{brief.firstStep}</span>
            </span>
          </Item>
        ) : null}
        {brief.sinceLastRun.length > 0 ? (
          <Item label={t("sinceLastRun")}>
            <ul className="space-y-1" data-testid="brief-drift">
              {brief.sinceLastRun.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
          </Item>
        ) : null}
      </dl>
      {brief.stakes.items.length > 0 ? (
        <div className="rounded-control border-warning-line bg-warning-soft space-y-1 border-l-4 px-4 py-3">
          <h3 className="flex items-center gap-2 font-semibold">
            <TriangleAlert aria-hidden="true" className="text-warning size-4" />
            {brief.stakes.heading}
          </h3>
          <ul className="space-y-1">
            {brief.stakes.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {brief.signOff ? <SignOffChain signOff={brief.signOff} /> : null}
    </section>
  );
}

const ANSWERS = {
  approved: {
    icon: CircleCheckBig,
    words: "chain.approved",
    wordsOn: "chain.approvedOn",
    tone: "text-success",
  },
  changes_requested: {
    icon: MessageSquareWarning,
    words: "chain.changesRequested",
    wordsOn: "chain.changesRequestedOn",
    tone: "text-warning",
  },
  waiting: {
    icon: CircleDashed,
    words: "chain.waiting",
    wordsOn: "chain.waiting",
    tone: "text-muted",
  },
} as const;

const who = (chunks: ReactNode) => <span className="font-medium">{chunks}</span>;

/** Who signed off the version in force: a line to read at a glance, then each person. */
function SignOffChain({ signOff }: { signOff: BriefSignOff }) {
  const t = useTranslations("decisions.brief");
  const format = useFormatter();
  return (
    <div className="space-y-2" data-testid="sign-off-chain">
      <h3 className="font-semibold">{t("chain.title")}</h3>
      <p>{signOff.summary}</p>
      <ul className="space-y-1">
        {signOff.people.map((person, index) => {
          const answer = ANSWERS[person.answer];
          const Icon = answer.icon;
          return (
            <li key={index} className="flex items-start gap-2">
              <Icon aria-hidden="true" className={`${answer.tone} mt-1 size-4 shrink-0`} />
              <span>
                {person.at
                  ? t.rich(answer.wordsOn, {
                      name: person.name,
                      date: format.dateTime(person.at, DAY),
                      who,
                    })
                  : t.rich(answer.words, { name: person.name, who })}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

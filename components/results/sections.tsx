import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type {
  CriterionResult,
  RankedResult,
  ResultsView,
  RoundHistory,
  TradeOffView,
} from "@/lib/results/view-model";
import { Badge } from "@/components/ui/badge";
import { Progress } from "@/components/ui/progress";
import { OptionMark } from "./option-mark";

// The sections of the results page, server-rendered. Each is a landmark with its own heading so
// that screen-reader users can jump between them, and each avoids breaking across printed pages.

/**
 * A results section. With `open` given it folds (native <details>, so keyboards and screen
 * readers get the disclosure for free) and starts open or closed; print unfolds every one.
 * Pages break inside sections, so that no printed page is left half empty before a long one.
 */
export function Section({
  id,
  title,
  intro,
  open,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  open?: boolean;
  children: ReactNode;
}) {
  const heading = (
    <h2 id={`${id}-heading`} className="text-xl font-bold tracking-tight">
      {title}
    </h2>
  );
  const body = (
    <>
      {intro ? <div className="text-muted">{intro}</div> : null}
      {children}
    </>
  );
  const frame =
    "rounded-card border-line bg-surface shadow-card border print:border-0 print:shadow-none";
  if (open === undefined) {
    return (
      <section
        aria-labelledby={`${id}-heading`}
        className={`${frame} space-y-4 p-5 sm:p-6 print:p-0`}
      >
        {heading}
        {body}
      </section>
    );
  }
  return (
    <section aria-labelledby={`${id}-heading`} className={frame} data-testid={`section-${id}`}>
      <details open={open} className="group">
        <summary className="flex cursor-pointer list-none items-center justify-between gap-3 p-5 sm:px-6 print:p-0 print:pb-2 [&::-webkit-details-marker]:hidden">
          {heading}
          <ChevronDown
            aria-hidden="true"
            className="text-muted size-5 shrink-0 transition-transform group-open:rotate-180 print:hidden"
          />
        </summary>
        <div className="space-y-4 px-5 pb-5 sm:px-6 sm:pb-6 print:p-0">{body}</div>
      </details>
    </section>
  );
}

/** Wide tables scroll sideways on a phone; the region is focusable so keyboards can scroll it. */
function Scrollable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="-mx-5 overflow-x-auto px-5 sm:mx-0 sm:px-0 print:overflow-visible"
    >
      {children}
    </div>
  );
}

/** Everything behind the first screen's answer: what the option is, how sure, what would flip it. */
export function WhySection({ view }: { view: ResultsView }) {
  const t = useTranslations("results.why");
  const { headline, hybridPilot } = view;
  return (
    <Section id="why" title={t("title")} open>
      {headline ? <p lang={view.framework.lang}>{headline.summary}</p> : null}
      {view.closeCall ? (
        <p className="rounded-control border-warning-line bg-warning-soft border-l-4 px-4 py-3">
          {view.closeCall}
        </p>
      ) : null}
      {hybridPilot ? (
        <div className="space-y-1" data-testid="hybrid">
          <h3 className="font-semibold">{t("hybrid")}</h3>
          <p className="text-muted">
            {t("hybridPilot", { option: hybridPilot.optionName, pilot: hybridPilot.pilot })}
          </p>
        </div>
      ) : null}
      {view.smallTeam ? <p className="text-muted">{view.smallTeam}</p> : null}
      {view.confidence ? <p className="text-muted">{view.confidence}</p> : null}
      {view.changes.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("changes")}</h3>
          <ul className="list-disc space-y-1 pl-5" data-testid="changes">
            {view.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </div>
      ) : headline ? (
        <p className="text-muted">{t("noChanges")}</p>
      ) : null}
      {view.facts.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("facts")}</h3>
          <ul className="list-disc space-y-1 pl-5" lang={view.framework.lang}>
            {view.facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* The guide's own introduction is for readers on screen; the printout keeps to the result. */}
      <div className="space-y-1 print:hidden">
        <h3 className="font-semibold">
          {t("about", { framework: view.framework.nameInSentence })}
        </h3>
        <p className="text-muted" lang={view.framework.lang}>
          {view.framework.summary}
        </p>
      </div>
      <p className="text-muted text-sm">{view.weights.text}</p>
    </Section>
  );
}

/** Every question the guide answers, those that speak to this result first and marked so. */
export function QuestionsSection({
  questions,
  lang,
}: {
  questions: ResultsView["questions"];
  /** The lang of the framework's texts, where it is not the page's. */
  lang?: string;
}) {
  const t = useTranslations("results.questions");
  return (
    <Section id="questions" title={t("title")} open={false}>
      <ul className="space-y-2 print:columns-2 print:gap-6" data-testid="questions">
        {questions.map((item) => (
          <li key={item.question}>
            <details className="rounded-control border-line border px-4 py-3 print:break-inside-avoid print:border-0 print:p-0 print:pb-2">
              <summary className="cursor-pointer font-semibold">
                <span lang={lang}>{item.question}</span>
                {item.applies ? (
                  <Badge tone="accent" className="ml-2 align-middle text-xs">
                    {t("applies")}
                  </Badge>
                ) : null}
              </summary>
              <p className="text-muted mt-2 print:mt-0 print:text-sm" lang={lang}>
                {item.answer}
              </p>
            </details>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The votes on one criterion as bars; "room" is sized to be read from the back of a room. */
export function Histogram({
  criterion,
  size = "page",
}: {
  criterion: CriterionResult;
  size?: "page" | "room";
}) {
  const t = useTranslations("results.histogram");
  const most = Math.max(1, ...criterion.histogram.map((bar) => bar.count));
  const room = size === "room";
  const text = room ? "text-xl" : "text-sm";
  // The room reads every bar from afar: an empty "Not sure" is left off there.
  const bars = room
    ? criterion.histogram.filter((bar) => bar.count > 0 || bar.score !== null)
    : criterion.histogram;
  return (
    <dl className={room ? "space-y-2" : "space-y-1"}>
      {bars.map((bar) => (
        <div
          key={bar.label}
          className={`grid items-center gap-2 ${room ? "grid-cols-[6.5rem_1fr_7.5rem]" : "grid-cols-[4.5rem_1fr_5.5rem]"}`}
        >
          <dt className={`text-muted ${text}`}>{bar.label}</dt>
          <dd className="contents">
            <Progress
              value={bar.count}
              max={most}
              className={room ? "h-6" : "h-4"}
              fill={bar.score === null ? "fill-faint" : "fill-accent"}
            />
            <span className={`${text} tabular-nums`}>{t("votes", { count: bar.count })}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Reasons shown on each criterion until its own link asks for all of them. */
export const REASONS_SHOWN = 3;

/**
 * Which criterion shows all its reasons (the others show their first REASONS_SHOWN), and the
 * address that shows all of one. A room of 300 gives well over a thousand reasons: sending
 * every one to every phone made the page a megabyte at the moment of the reveal.
 */
export interface ReasonsPaging {
  expanded: string | null;
  href: (criterionId: string) => string;
}

export function CriteriaSection({
  view,
  reasons,
}: {
  view: ResultsView;
  /** Without it, every reason is shown. */
  reasons?: ReasonsPaging;
}) {
  const t = useTranslations("results.criteria");
  const value = (chunks: ReactNode) => <span className="font-semibold">{chunks}</span>;
  const muted = (chunks: ReactNode) => <span className="text-muted">{chunks}</span>;
  return (
    <Section id="criteria" title={t("title")} open intro={view.agenda ?? t("noneDisputed")}>
      <ol className="grid gap-4 md:grid-cols-2 print:grid-cols-2 print:gap-3">
        {view.criteria.map((criterion) => (
          <li
            key={criterion.id}
            id={`criterion-${criterion.id}`}
            className="rounded-card border-line bg-surface-muted space-y-3 border p-4 print:break-inside-avoid print:space-y-1 print:p-3"
            data-testid={`criterion-${criterion.id}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-semibold">{criterion.name}</h3>
              {criterion.disputed ? <Badge tone="danger">{t("disputed")}</Badge> : null}
            </div>
            <p>
              {criterion.weight === 1
                ? t.rich("median", { median: criterion.median, value })
                : criterion.weight === 0
                  ? t.rich("medianLeftOut", { median: criterion.median, value, muted })
                  : t.rich("medianWeighted", {
                      median: criterion.median,
                      weight: criterion.weight,
                      value,
                      muted,
                    })}
            </p>
            {criterion.medianMeaning ? (
              <p className="text-muted text-sm">
                {t("meaning", { meaning: criterion.medianMeaning })}
              </p>
            ) : null}
            <p className="text-muted text-sm">{criterion.spread}</p>
            {/* On paper the spread above says it in words; the bars would double the section. */}
            <div className="print:hidden">
              <h4 className="sr-only">{t("votesOn", { criterion: criterion.name })}</h4>
              <Histogram criterion={criterion} />
            </div>
            {criterion.rationales.length > 0 ? (
              <Reasons criterion={criterion} reasons={reasons} />
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function Reasons({
  criterion,
  reasons,
}: {
  criterion: CriterionResult;
  reasons: ReasonsPaging | undefined;
}) {
  const t = useTranslations("results.criteria");
  const all = criterion.rationales;
  const folded = reasons !== undefined && reasons.expanded !== criterion.id;
  const shown = folded ? all.slice(0, REASONS_SHOWN) : all;
  return (
    <div className="space-y-2">
      <h4 className="text-sm font-semibold">
        {all.length > REASONS_SHOWN ? t("reasonsCount", { count: all.length }) : t("reasons")}
      </h4>
      <ul className="space-y-2">
        {shown.map((rationale, index) => (
          <li key={index} className="rounded-control bg-surface ring-line px-3 py-2 text-sm ring-1">
            <p className="whitespace-pre-line">{rationale.text}</p>
            <p className="text-muted mt-1">
              {rationale.author
                ? t("reasonBy", { author: rationale.author, answer: rationale.answer })
                : rationale.answer}
            </p>
          </li>
        ))}
      </ul>
      {folded && all.length > shown.length ? (
        <a
          href={reasons.href(criterion.id)}
          className="text-accent inline-block text-sm font-medium underline print:hidden"
        >
          {t("allReasons", { count: all.length, criterion: criterion.name })}
        </a>
      ) : null}
    </div>
  );
}

export function RankingSection({
  ranking,
  order,
  lang,
}: {
  ranking: RankedResult[];
  /** The options' ids in framework order, which gives each its colour. */
  order: string[];
  /** The lang of the framework's texts, where it is not the page's. */
  lang?: string;
}) {
  const t = useTranslations("results.ranking");
  return (
    <Section id="ranking" title={t("title")} open>
      <ol
        className="space-y-3 print:grid print:grid-cols-3 print:gap-3 print:space-y-0"
        data-testid="ranking"
      >
        {ranking.map((option, index) => (
          <li
            key={option.optionId}
            className={`rounded-card space-y-2 border p-4 ${option.recommended ? "border-accent bg-accent-soft/50" : "border-line"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="flex items-center gap-2 font-semibold">
                <OptionMark index={order.indexOf(option.optionId)} />
                {index + 1}. <span lang={lang}>{option.name}</span>
                {option.recommended ? <span className="sr-only"> {t("recommended")}</span> : null}
              </h3>
              <p>
                {t.rich("fit", {
                  fit: option.fitLabel,
                  value: (chunks) => <span className="font-semibold tabular-nums">{chunks}</span>,
                })}
              </p>
            </div>
            {option.gaps.length > 0 ? (
              <ul className="text-danger list-disc space-y-1 pl-5 text-sm" lang={lang}>
                {option.gaps.map((gap) => (
                  <li key={gap}>{gap}</li>
                ))}
              </ul>
            ) : (
              <p className="text-muted text-sm">{t("noGaps")}</p>
            )}
            {option.habitat ? (
              <p className="text-sm">
                {t.rich("habitat", {
                  habitat: option.habitat,
                  label: (chunks) => <span className="font-semibold">{chunks}</span>,
                })}
              </p>
            ) : null}
            <div className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 print:grid-cols-1 print:text-xs">
              <GuideList title={t("strengths")} items={option.strengths} lang={lang} />
              <GuideList title={t("weaknesses")} items={option.weaknesses} lang={lang} />
            </div>
          </li>
        ))}
      </ol>
    </Section>
  );
}

function GuideList({ title, items, lang }: { title: string; items: string[]; lang?: string }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h4 className="font-semibold">{title}</h4>
      <ul className="text-muted list-disc space-y-0.5 pl-5" lang={lang}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

const DECIDING_MARK = (
  <span aria-hidden="true" className="text-warning mr-1">
    ◆
  </span>
);

/**
 * A table where there is room for it; on a phone a card per dimension instead, so nothing
 * scrolls sideways. Only the rows that decide the result are marked, with why.
 */
export function TradeOffSection({
  tradeOffs,
  lang,
}: {
  tradeOffs: TradeOffView;
  /** The lang of the framework's texts, where it is not the page's. */
  lang?: string;
}) {
  const t = useTranslations("results");
  return (
    <Section id="trade-offs" title={t("tradeOffs.title")} open intro={t("tradeOffs.intro")}>
      <div className="hidden sm:block">
        <table className="w-full border-collapse text-left text-sm print:text-xs">
          <caption className="sr-only">{t("tradeOffs.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-line-strong border-b py-2 pr-3">
                {t("tradeOffs.dimension")}
              </th>
              {tradeOffs.columns.map((column, index) => (
                <th
                  key={column.id}
                  scope="col"
                  className={`border-line-strong border-b px-3 py-2 ${column.recommended ? "text-accent-strong bg-accent-soft" : ""}`}
                >
                  <span className="flex items-center gap-2">
                    <OptionMark index={index} />
                    <span lang={lang}>{column.name}</span>
                  </span>
                  {column.recommended ? (
                    <span className="block text-xs font-semibold uppercase">
                      {t("recommended")}
                    </span>
                  ) : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tradeOffs.rows.map((row) => (
              <tr
                key={row.id}
                data-deciding={row.emphasis ? "" : undefined}
                className={`print:break-inside-avoid ${row.emphasis ? "bg-warning-soft/60" : ""}`}
              >
                <th scope="row" className="border-line border-b py-2 pr-3 align-top">
                  <span className={row.emphasis ? "font-bold" : "font-medium"}>
                    {row.emphasis ? DECIDING_MARK : null}
                    <span lang={lang}>{row.dimension}</span>
                  </span>
                  {row.emphasis ? (
                    <span className="text-muted block text-xs font-normal">{row.emphasis}</span>
                  ) : null}
                </th>
                {row.cells.map((cell, index) => (
                  <td
                    key={tradeOffs.columns[index]?.id ?? index}
                    lang={lang}
                    className={`border-line border-b px-3 py-2 align-top ${tradeOffs.columns[index]?.recommended ? "bg-accent-soft" : ""}`}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="space-y-3 sm:hidden" data-testid="trade-off-cards">
        {tradeOffs.rows.map((row) => (
          <li
            key={row.id}
            data-deciding={row.emphasis ? "" : undefined}
            className={`rounded-card border p-3 ${row.emphasis ? "border-warning-line bg-warning-soft/60" : "border-line"}`}
          >
            <h3 className={row.emphasis ? "font-bold" : "font-semibold"}>
              {row.emphasis ? DECIDING_MARK : null}
              <span lang={lang}>{row.dimension}</span>
            </h3>
            {row.emphasis ? <p className="text-muted text-xs">{row.emphasis}</p> : null}
            <dl className="mt-2 space-y-2 text-sm">
              {tradeOffs.columns.map((column, index) => (
                <div
                  key={column.id}
                  className={column.recommended ? "rounded-control bg-accent-soft -mx-1 px-1" : ""}
                >
                  <dt className="flex items-center gap-2 font-semibold">
                    <OptionMark index={index} />
                    <span lang={lang}>{column.name}</span>
                    {column.recommended ? (
                      <span className="text-accent-strong text-xs uppercase">
                        {t("recommended")}
                      </span>
                    ) : null}
                  </dt>
                  <dd className="text-muted" lang={lang}>
                    {row.cells[index]}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function TeamSplitSection({ view }: { view: ResultsView }) {
  const t = useTranslations("results.split");
  const roleLabel = useTranslations("join.roles");
  const { voters } = view;
  return (
    <Section id="individual" title={t("title")} intro={view.tallySummary} open>
      {/* The sentence above says the split; the bars are for the screen. */}
      <ul className="space-y-2 print:hidden" data-testid="tally">
        {view.tally.map((option) => (
          <li key={option.optionId} className="space-y-1">
            <p className="text-sm">{option.text}</p>
            <Progress value={option.count} max={voters} className="h-3" />
          </li>
        ))}
      </ul>
      {view.leaveOneOut ? (
        <p
          className={
            view.leaveOneOut.pivotal
              ? "rounded-control border-danger bg-danger-soft border-l-4 px-4 py-3"
              : "text-muted"
          }
        >
          {view.leaveOneOut.pivotal
            ? t.rich("careful", {
                text: view.leaveOneOut.text,
                strong: (chunks) => <strong>{chunks}</strong>,
              })
            : view.leaveOneOut.text}
          {view.leaveOneOut.names && view.leaveOneOut.names.length > 0 ? (
            <span className="print:hidden">
              {" "}
              {t("namesOnYourPage", { names: view.leaveOneOut.names.join(", ") })}
            </span>
          ) : null}
        </p>
      ) : null}
      {view.people ? (
        <details className="rounded-card border-line border p-4 print:hidden">
          <summary className="cursor-pointer font-semibold">{t("whoPicksWhat")}</summary>
          <Scrollable label={t("title")}>
            <table className="mt-3 w-full border-collapse text-left text-sm">
              <thead>
                <tr>
                  <th scope="col" className="border-line-strong border-b py-2 pr-3">
                    {t("person")}
                  </th>
                  <th scope="col" className="border-line-strong border-b py-2 pr-3">
                    {t("role")}
                  </th>
                  <th scope="col" className="border-line-strong border-b py-2">
                    {t("ownAnswer")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.people.map((person, index) => (
                  <tr key={index}>
                    <td className="border-line border-b py-2 pr-3">{person.name}</td>
                    <td className="border-line border-b py-2 pr-3">
                      {person.role ? roleLabel(person.role) : ""}
                    </td>
                    <td className="border-line border-b py-2">{person.choice}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scrollable>
        </details>
      ) : null}
    </Section>
  );
}

export function HistorySection({ history }: { history: RoundHistory }) {
  const t = useTranslations("results");
  return (
    <Section id="history" title={t("history.title")} open={false} intro={t("history.intro")}>
      <ul className="list-disc space-y-1 pl-5">
        {history.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Scrollable label={t("history.compared")}>
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <caption className="sr-only">{t("history.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-line-strong border-b py-2 pr-3">
                &nbsp;
              </th>
              {history.rounds.map((round) => (
                <th
                  key={round.number}
                  scope="col"
                  className="border-line-strong border-b px-3 py-2"
                >
                  {t("round", { round: round.number })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="border-line border-b py-2 pr-3 font-medium">
                {t("recommendation")}
              </th>
              {history.rounds.map((round) => (
                <td key={round.number} className="border-line border-b px-3 py-2">
                  {t("history.recommended", {
                    option: round.recommended,
                    fit: round.fit,
                    confidence: round.confidenceInSentence,
                    disputed: round.disputed,
                  })}
                </td>
              ))}
            </tr>
            {history.criteria.map((criterion) => (
              <tr key={criterion.id}>
                <th scope="row" className="border-line border-b py-2 pr-3 font-medium">
                  {criterion.name}
                </th>
                {criterion.cells.map((cell, index) => (
                  <td
                    key={index}
                    className={`border-line border-b px-3 py-2 ${cell.medianWas !== null ? "bg-accent-soft" : ""}`}
                    data-testid={cell.medianWas !== null ? "median-moved" : undefined}
                  >
                    {cell.medianWas !== null
                      ? t.rich("history.medianMoved", {
                          median: cell.median,
                          was: cell.medianWas,
                          value: (chunks) => <span className="font-bold">{chunks}</span>,
                          moved: (chunks) => (
                            <span className="text-accent font-semibold">{chunks}</span>
                          ),
                        })
                      : t.rich("history.median", {
                          median: cell.median,
                          value: (chunks) => <span className="">{chunks}</span>,
                        })}
                    <span className="text-muted block text-xs">{cell.spread}</span>
                    {cell.answersChanged ? (
                      <span className="block text-xs font-semibold">
                        {t("history.answersChanged", { count: cell.answersChanged })}
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Scrollable>
    </Section>
  );
}

export function NextStepsSection({
  steps,
  lang,
}: {
  steps: NonNullable<ResultsView["nextSteps"]>;
  /** The lang of the framework's texts, where it is not the page's. */
  lang?: string;
}) {
  const t = useTranslations("results.nextSteps");
  const items = [
    [t("pilot"), steps.pilot],
    [t("roles"), steps.roles],
    [t("scaling"), steps.scaling],
    [t("review"), steps.review],
  ] as const;
  return (
    <Section id="next-steps" title={t("title", { option: steps.optionName })} open>
      <dl className="grid gap-4 sm:grid-cols-2 print:gap-2 print:text-sm">
        {items.map(([label, text]) =>
          text ? (
            <div key={label}>
              <dt className="font-semibold">{label}</dt>
              <dd className="text-muted" lang={lang}>
                {text}
              </dd>
            </div>
          ) : null,
        )}
      </dl>
      {steps.risks.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("risks")}</h3>
          <ul className="text-muted list-disc space-y-1 pl-5 print:text-sm" lang={lang}>
            {steps.risks.map((risk) => (
              <li key={risk}>{risk}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}

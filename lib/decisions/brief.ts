import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import type { ResultsView } from "@/lib/results/view-model";
import { takingPartGroups } from "@/lib/results/words";
import { capitalise, type Framework } from "@/lib/scoring";
import type { DecisionRecord } from "./record";
import type { SignOffAnswer } from "./schema";

// The leadership brief: one screen a busy reader takes in within seconds. What was decided (or,
// until then, recommended) in one paragraph with the dissent, how sure, who took part, when, the
// first step with its owner and dates, and what is at stake. Pure: it is made from the results
// view the reader may see and the decision record, so it says nothing the reader could not
// already learn; and it speaks the view's language (the `decisions` messages, `briefText`).

type BriefWords = ReturnType<typeof wordsFor<"decisions">>;

export interface Brief {
  /** "decided" once the team recorded a decision; "recommended" before. */
  status: "decided" | "recommended" | "open";
  optionName: string | null;
  /** The decision (or recommendation) in one plain paragraph, with the dissent. */
  summary: string;
  confidence: string | null;
  takingPart: string;
  when: string;
  firstStep: string | null;
  /** What goes wrong while nothing is decided, or the first risks to watch once it is. */
  stakes: { heading: string; items: string[] };
  version: number | null;
  /** What moved since the previous run of a quarterly series; empty for a first run. */
  sinceLastRun: string[];
  /** Who was asked to sign off the version in force, and how each answered; null if nobody. */
  signOff: BriefSignOff | null;
}

export interface BriefSignOff {
  version: number;
  /** "2 of 3 approved version 2; 1 asked for changes." */
  summary: string;
  people: { name: string; answer: SignOffAnswer | "waiting"; at: Date | null }[];
}

/** "18 December 2026" ("18. Dezember 2026"), for a calendar day given as 2026-12-18. */
export function formatDay(day: string, locale: Locale): string {
  return formatMoment(new Date(`${day}T00:00:00Z`), locale);
}

/** "5 December 2026" ("5. Dezember 2026"), for a moment, in UTC. */
export function formatMoment(moment: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(moment);
}

/**
 * Who would pick what on their own, against the option in question: the dissent, in a sentence;
 * empty when nobody's choice counts.
 */
function dissentOf(t: BriefWords, view: ResultsView, optionId: string, option: string): string {
  const total = view.tally.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return "";
  const agree = view.tally.find((entry) => entry.optionId === optionId)?.count ?? 0;
  if (agree === total) {
    return total === 1 ? t("briefText.dissentAllOne") : t("briefText.dissentAll", { total });
  }
  const others = view.tally
    .filter((entry) => entry.optionId !== optionId && entry.count > 0)
    .map((entry) => t("briefText.dissentOther", { count: entry.count, option: entry.name }))
    .join(", ");
  return agree === 0
    ? t("briefText.dissentNone", { option, others })
    : t("briefText.dissentSome", { agree, total, option, others });
}

/** Sentences as one paragraph, leaving out those that say nothing. */
function paragraph(...sentences: string[]): string {
  return sentences.filter((sentence) => sentence !== "").join(" ");
}

/** "High confidence (stable: …)": how sure the results are, in words. */
function confidenceOf(view: ResultsView): string | null {
  if (!view.headline) return null;
  return view.sureness
    ? `${view.headline.confidenceLabel} (${view.sureness})`
    : view.headline.confidenceLabel;
}

function takingPartOf(t: BriefWords, view: ResultsView): string {
  const people = t("briefText.voted", { count: view.voters });
  if (!view.takingPart) return t("briefText.anonymous", { people });
  return t("briefText.tookPart", {
    people,
    groups: takingPartGroups(view.locale, view.takingPart),
  });
}

/** The sign-off chain of the version in force, in words and per person. */
function signOffOf(t: BriefWords, record: DecisionRecord, version: number): BriefSignOff | null {
  const people = record.signatories.flatMap((person) => {
    const given = person.answers.find((answer) => answer.version === version);
    if (!given && person.removed) return [];
    const answer: SignOffAnswer | "waiting" = given?.answer ?? "waiting";
    return [{ name: person.name, answer, at: given?.at ?? null }];
  });
  if (people.length === 0) return null;
  const count = (answer: SignOffAnswer | "waiting") =>
    people.filter((person) => person.answer === answer).length;
  const approved = count("approved");
  const changes = count("changes_requested");
  const waiting = count("waiting");
  const total = people.length;
  const parts = [
    approved === total
      ? t("briefText.signOffAll", { approved, total })
      : t("briefText.signOffSome", { approved, total, version }),
    changes > 0 ? t("briefText.signOffChanges", { count: changes }) : null,
    waiting > 0 ? t("briefText.signOffWaiting", { count: waiting }) : null,
  ].filter((part): part is string => part !== null);
  return { version, summary: `${parts.join("; ")}.`, people };
}

/** The record as it stood for the round `view` shows: versions decided on it or before it. */
export function decidedBy(
  record: DecisionRecord | null,
  view: Pick<ResultsView, "round">,
): DecisionRecord | null {
  const versions = record?.versions.filter((v) => v.roundNumber <= view.round.number) ?? [];
  return record && versions.length > 0 ? { ...record, versions } : null;
}

/** The brief, in the language of `view`. */
export function buildBrief(
  view: ResultsView,
  record: DecisionRecord | null,
  framework: Pick<Framework, "options" | "withoutDecision" | "commonRisks">,
  /** lib/results/series.ts driftSincePrevious, for the round `view` shows, in its language. */
  sinceLastRun: string[] = [],
): Brief {
  const { locale } = view;
  const t = wordsFor(locale, "decisions");
  const day = (date: string) => formatDay(date, locale);
  const decision = record?.versions[0] ?? null;
  const round = t("briefText.round", {
    round: view.round.number,
    date: formatMoment(view.round.revealedAt, locale),
  });
  const notDeciding = {
    heading: t("briefText.ifNothingDecided"),
    items: [framework.withoutDecision ?? framework.commonRisks?.[0]].filter(
      (item): item is string => item !== undefined,
    ),
  };
  if (decision) {
    const reason = decision.differs
      ? t("briefText.chosenOtherwise", {
          recommended: decision.recommended?.name ?? t("briefText.noOption"),
          rationale: decision.rationale ?? "",
        })
      : t("briefText.alsoRecommended");
    const hybrid = decision.hybridNotes
      ? t("briefText.hybridNotes", { notes: decision.hybridNotes })
      : "";
    const owner = decision.owners[0];
    const pilot = {
      pilot: decision.pilotModel,
      start: day(decision.pilotStart),
      end: day(decision.pilotEnd),
      review: day(decision.reviewOn),
    };
    return {
      status: "decided",
      optionName: decision.option.name,
      summary: paragraph(
        t("briefText.decidedOn", { option: decision.option.name }),
        reason,
        dissentOf(t, view, decision.option.id, decision.option.name),
        hybrid,
      ),
      confidence: confidenceOf(view),
      takingPart: takingPartOf(t, view),
      when: t("briefText.decidedWhen", {
        date: formatMoment(decision.recordedAt, locale),
        version: decision.version,
        round,
      }),
      firstStep: owner
        ? t("briefText.firstStepLed", { ...pilot, owner: owner.name, role: owner.role })
        : t("briefText.firstStep", pilot),
      stakes: {
        heading: t("briefText.risks"),
        items:
          framework.options
            .find((option) => option.id === decision.option.id)
            ?.risks?.slice(0, 2) ?? [],
      },
      version: decision.version,
      sinceLastRun,
      signOff: signOffOf(t, record!, decision.version),
    };
  }
  const headline = view.headline;
  const dissent = headline ? dissentOf(t, view, headline.optionId, headline.name) : "";
  if (!headline) {
    return {
      status: "open",
      optionName: null,
      summary: view.reasons.join(" "),
      confidence: null,
      takingPart: takingPartOf(t, view),
      when: t("briefText.notRecorded", { round: capitalise(round) }),
      firstStep: null,
      stakes: notDeciding,
      version: null,
      sinceLastRun,
      signOff: null,
    };
  }
  return {
    status: "recommended",
    optionName: headline.name,
    summary: `${t("briefText.recommendSummary", { option: headline.name })} ${view.reasons[0] ?? ""}${
      dissent === "" ? "" : ` ${dissent}`
    }`,
    confidence: confidenceOf(view),
    takingPart: takingPartOf(t, view),
    when: t("briefText.notRecorded", { round: capitalise(round) }),
    firstStep: view.nextSteps?.pilot ?? null,
    stakes: notDeciding,
    version: null,
    sinceLastRun,
    signOff: null,
  };
}

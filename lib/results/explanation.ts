import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import { formatNumberIn } from "./words";
import {
  capitalise,
  risksOf,
  type CloseCallReason,
  type ConfidenceExplanation,
  type CriticalGap,
  type FitsBesideGaps,
  type Framework,
  type Recommendation,
  type ScoredExplanation,
  type ShownNumber,
  type StabilityBand,
  type Sureness,
  type TallyReason,
  type WhatIf,
  type WinnerReason,
} from "@/lib/scoring";

// The explanation of a result in the reader's language. recommend() decides what to say and
// returns it as codes and numbers (lib/scoring/explanation.ts); this module only words them,
// with the messages of lib/i18n/messages/<language>/explanation.json. The framework comes in the
// reader's language already, so its names, labels and phrases match the words around them.

/** The sentences of an explanation by topic, so that a page can show each where it belongs. */
export interface ExplanationParts {
  /** Why the recommendation wins, and its own critical gaps; "nothing to score" without one. */
  summary: string[];
  closeCall: string | null;
  smallTeam: string | null;
  /** Per option id, its critical gaps in words ("X needs ... the team scored 2 of 5"). */
  gaps: Record<string, string[]>;
  /** The disputed criteria as the discussion agenda. */
  agenda: string | null;
  /** "If X were really Y, the answer would be Z", nearest first. */
  flips: string[];
  confidence: string | null;
  leaveOneOut: string | null;
  /** How sure, in a few words: "stable: …", "hinges on one person: …"; null with nothing scored. */
  sureness: string | null;
  tally: string | null;
  firstStep: string | null;
  risks: string | null;
  /** The framework's facts that apply to this result. */
  facts: string[];
}

type Translate = ReturnType<typeof wordsFor<"explanation">>;

/**
 * German goes on after the small-team sentence's colon with a whole sentence, which starts with
 * a capital; English goes on after a comma in lower case, the way frameworks write their notes.
 */
const NOTE_STARTS_SENTENCE: Record<Locale, boolean> = { en: false, de: true };

const STABILITY: Record<StabilityBand, string> = {
  stable: "stable",
  "fairly-stable": "fairlyStable",
  fragile: "fragile",
};

const TRAIL: Record<CloseCallReason["trail"], string> = {
  tie: "tie",
  "by-a-fraction": "fraction",
  points: "points",
};

/** The framework's names and the reader's numbers and lists, for the sentences below. */
class Wording {
  readonly t: Translate;
  private readonly list: Intl.ListFormat;

  constructor(
    private readonly framework: Framework,
    readonly locale: Locale,
  ) {
    this.t = wordsFor(locale, "explanation");
    this.list = new Intl.ListFormat(INTL_LOCALE[locale], { type: "conjunction" });
  }

  /** A number with the decimals the scoring chose: "4.5" in English, "4,5" in German. */
  number({ value, decimals }: ShownNumber): string {
    return formatNumberIn(this.locale, value, decimals);
  }

  /** "a, b and c" in the reader's language. */
  join(items: readonly string[]): string {
    return this.list.format(items);
  }

  name(optionId: string): string {
    return this.framework.options.find((option) => option.id === optionId)?.name ?? optionId;
  }

  label(criterionId: string): string {
    return this.framework.criteria.find((c) => c.id === criterionId)?.label ?? criterionId;
  }

  labels(criterionIds: readonly string[]): string {
    return this.join(criterionIds.map((id) => this.label(id)));
  }

  /** A critical gap in the framework's own phrase for the criterion. */
  gap({ optionId, criterion, profile, team }: CriticalGap): string {
    const shortfall = this.framework.criteria.find((c) => c.id === criterion)?.shortfall ?? "";
    return shortfall
      .replaceAll("{option}", this.name(optionId))
      .replaceAll("{profile}", this.number(profile))
      .replaceAll("{team}", this.number(team));
  }
}

function fitsBesideGapsSentence(words: Wording, fits: FitsBesideGaps, runnerUp: string): string {
  const { t } = words;
  switch (fits.kind) {
    case "same":
      return t("fitsBesideGaps.same", { fit: words.number(fits.fit) });
    case "higher":
      return t("fitsBesideGaps.higher", {
        fit: words.number(fits.fit),
        runnerUpFit: words.number(fits.runnerUpFit),
      });
    case "higher-by-a-fraction":
      return t("fitsBesideGaps.higherByAFraction");
    case "lower":
      return t("fitsBesideGaps.lower", {
        runnerUp,
        fit: words.number(fits.fit),
        runnerUpFit: words.number(fits.runnerUpFit),
      });
    case "lower-by-a-fraction":
      return t("fitsBesideGaps.lowerByAFraction", { runnerUp });
  }
}

function winnerSentence(words: Wording, reason: WinnerReason): string {
  const { t } = words;
  const winner = words.name(reason.winner);
  if (reason.kind === "only-option") {
    return t("winner.onlyOption", { winner, fit: words.number(reason.fit) });
  }
  const runnerUp = words.name(reason.runnerUp);
  const { gaps } = reason;
  switch (reason.kind) {
    case "fewer-gaps":
      return `${t("winner.fewerGaps", { winner, runnerUp, gaps, runnerUpGaps: reason.runnerUpGaps })} ${fitsBesideGapsSentence(words, reason.fits, runnerUp)}`;
    case "tie":
      return t("winner.tie", { winner, runnerUp, gaps, fit: words.number(reason.fit) });
    case "higher-by-a-fraction":
      return t("winner.higherByAFraction", {
        winner,
        runnerUp,
        gaps,
        fit: words.number(reason.fit),
      });
    case "higher-fit":
      return t("winner.higherFit", {
        winner,
        runnerUp,
        gaps,
        fit: words.number(reason.fit),
        runnerUpFit: words.number(reason.runnerUpFit),
      });
  }
}

function closeCallSentence(words: Wording, closeCall: CloseCallReason): string {
  const { t } = words;
  const winner = words.name(closeCall.winner);
  const runnerUp = words.name(closeCall.runnerUp);
  const trail = t("closeCall.sentence", {
    runnerUp,
    trail: TRAIL[closeCall.trail],
    points: words.number(closeCall.margin),
  });
  const hybrid =
    closeCall.borrow.length === 0
      ? t("closeCall.hybrid")
      : t("closeCall.borrow", { winner, runnerUp, criteria: words.labels(closeCall.borrow) });
  return `${trail} ${hybrid}`;
}

function smallTeamSentence(words: Wording, framework: Framework, size: 1 | 2): string {
  const note = framework.smallTeamNote ?? words.t("smallTeam.note");
  return capitalise(
    words.t("smallTeam.sentence", {
      size,
      note: NOTE_STARTS_SENTENCE[words.locale] ? capitalise(note) : note,
    }),
  );
}

function agendaSentence(words: Wording, agenda: ScoredExplanation["agenda"]): string | null {
  if (agenda.length === 0) return null;
  const items = agenda.map(({ criterion, min, max }) =>
    words.t("agenda.item", { label: words.label(criterion), min, max }),
  );
  return words.t("agenda.sentence", { items: words.join(items) });
}

function whatIfSentence(words: Wording, whatIf: WhatIf): string {
  const label = words.label(whatIf.criterion);
  const option = words.name(whatIf.recommended);
  if (whatIf.kind === "team-value") {
    return words.t("whatIf.teamValue", {
      label,
      option,
      to: words.number(whatIf.to),
      team: words.number(whatIf.team),
    });
  }
  const { voters, from, to } = whatIf;
  return words.t("whatIf.votes", { voters, label, from, to, option });
}

function stabilityWords(words: Wording, stability: StabilityBand): string {
  return words.t("stability", { band: STABILITY[stability] });
}

function surenessWords(words: Wording, sureness: Sureness): string {
  if (sureness.kind === "stability") return stabilityWords(words, sureness.stability);
  return words.t("sureness", { pivotal: sureness.pivotal, voters: sureness.voters });
}

function confidenceSentence(words: Wording, confidence: ConfidenceExplanation): string {
  const { t } = words;
  const { reason, fewVoters } = confidence;
  const stability = stabilityWords(words, reason.stability);
  let sentence: string;
  switch (reason.kind) {
    case "high":
      sentence = t("confidence.high", { stability });
      break;
    case "low":
      sentence = t("confidence.low", { stability });
      break;
    case "capped": {
      const caps = reason.caps.map((cap) =>
        cap === "few-voters"
          ? t("confidence.fewVotersCap", { voters: reason.voters })
          : t("confidence.closeCallCap"),
      );
      sentence = t("confidence.capped", { stability, caps: words.join(caps) });
      break;
    }
    case "split":
      sentence = t("confidence.split", { stability, criteria: words.labels(reason.disputed) });
      break;
    case "medium":
      sentence = t("confidence.medium", { stability });
      break;
  }
  if (!fewVoters) return sentence;
  const { voters, confidence: level } = fewVoters;
  return `${sentence} ${t("confidence.fewVoters", { voters, confidence: level })}`;
}

function tallySentence(words: Wording, tally: TallyReason | null): string | null {
  if (!tally) return null;
  if (tally.kind === "unanimous") {
    return words.t("tally.unanimous", {
      voters: tally.voters,
      option: words.name(tally.recommended),
    });
  }
  const counts = tally.counts.map(({ optionId, count }) =>
    words.t("tally.count", { count, option: words.name(optionId) }),
  );
  return words.t("tally.split", { counts: words.join(counts) });
}

/** The explanation's sentences by topic, in the reader's language; `framework` is in it already. */
export function explanationParts(
  framework: Framework,
  result: Recommendation,
  locale: Locale,
): ExplanationParts {
  const words = new Wording(framework, locale);
  const { t } = words;
  const codes = result.explanation;
  const smallTeam = codes.smallTeam && smallTeamSentence(words, framework, codes.smallTeam);
  const gaps: Record<string, string[]> = {};
  for (const [optionId, optionGaps] of Object.entries(codes.gaps)) {
    gaps[optionId] = optionGaps.map((gap) => words.gap(gap));
  }
  if (codes.kind === "nothing-to-score") {
    return {
      summary: [
        codes.reason === "all-weightless"
          ? t("nothingToScore.allWeightless")
          : t("nothingToScore.noVotes"),
      ],
      closeCall: null,
      smallTeam,
      gaps,
      agenda: null,
      flips: [],
      confidence: null,
      leaveOneOut: null,
      sureness: null,
      tally: null,
      firstStep: null,
      risks: null,
      facts: [],
    };
  }

  const winner = framework.options.find((option) => option.id === codes.winner.winner);
  const risks = winner ? risksOf(framework, winner) : [];
  return {
    summary: [
      winnerSentence(words, codes.winner),
      ...(gaps[codes.winner.winner] ?? []).map((gap) => t("gaps.recommended", { gap })),
    ].map(capitalise),
    closeCall: codes.closeCall && closeCallSentence(words, codes.closeCall),
    smallTeam,
    gaps,
    agenda: agendaSentence(words, codes.agenda),
    flips: codes.whatIfs.map((whatIf) => whatIfSentence(words, whatIf)),
    confidence: confidenceSentence(words, codes.confidence),
    leaveOneOut:
      codes.leaveOneOut === null ? null : t("leaveOneOut", { pivotal: codes.leaveOneOut }),
    sureness: surenessWords(words, codes.sureness),
    tally: tallySentence(words, codes.tally),
    firstStep: winner?.implementation
      ? t("firstStep", { pilot: winner.implementation.pilot })
      : null,
    risks:
      risks.length > 0
        ? t("risks", { option: words.name(winner?.id ?? ""), risks: risks.join(" ") })
        : null,
    facts: codes.facts.flatMap((id) => {
      const fact = framework.facts.find((candidate) => candidate.id === id);
      return fact ? [capitalise(fact.answer)] : [];
    }),
  };
}

/** The reasons behind a result as sentences in the reader's language, most important first. */
export function explain(framework: Framework, result: Recommendation, locale: Locale): string[] {
  const parts = explanationParts(framework, result, locale);
  const t = wordsFor(locale, "explanation");
  const others = result.ranking
    .slice(1)
    .flatMap((ranked) =>
      (parts.gaps[ranked.optionId] ?? []).map((gap) => t("gaps.other", { gap })),
    );
  const sentences: (string | null)[] = [
    ...parts.summary,
    parts.closeCall,
    parts.smallTeam,
    ...(result.recommended === null ? [] : others),
    parts.agenda,
    ...parts.flips,
    parts.confidence,
    parts.leaveOneOut,
    parts.tally,
    parts.firstStep,
    parts.risks,
    ...parts.facts,
  ];
  return sentences.filter((sentence): sentence is string => sentence !== null).map(capitalise);
}

import {
  langAttribute,
  languageOfFramework,
  localiseFramework,
  scoredUnder,
} from "@/lib/frameworks";
import {
  factApplies,
  FIT_TOLERANCE,
  risksOf,
  recommend,
  SCORES,
  SCORING_CONTRACT,
  type Confidence,
  type ContractVersion,
  type Criterion,
  type CriterionKind,
  type Framework,
  type Recommendation,
  type Score,
} from "@/lib/scoring";
import type { Locale } from "@/lib/i18n/locales";
import type { ParticipantRole } from "@/lib/workshops/roles";
import { explanationParts } from "./explanation";
import type { RadarView } from "./radar";
import type { ResultsSource, RevealedRound } from "./source";
import { formatNumberIn, resultsWords, roleLabel, type ResultsWords } from "./words";

// Turns a workshop's revealed rounds into what the results page shows. Every number comes from
// recommend() and every sentence from the explanation or the framework; this module only
// chooses, orders and words them for a viewer, in the viewer's language (the `results` messages,
// `view` among them). Pure, so the page, the share page and the tests all see the same thing.

/**
 * Who is looking: the facilitator sees who is where in named workshops; members (participants)
 * and share-link viewers see the same results without that.
 */
export type Audience = "facilitator" | "member" | "share";

/**
 * What a share link lets its viewer see of who said what (chosen per link): names of the
 * people who took part and of the authors of reasons, the reasons themselves, the ballots CSV.
 * Members see names and reasons as the workshop's anonymity allows.
 */
export interface ShareShows {
  names: boolean;
  reasons: boolean;
  csv: boolean;
}

/** What every member of a workshop sees, and links made before links had options. */
export const SHOW_ALL: ShareShows = { names: true, reasons: true, csv: true };

/** What a new share link shows unless asked for more, and what people asked to sign off see. */
export const SHOW_CAREFULLY: ShareShows = { names: false, reasons: true, csv: false };

export interface HistogramBar {
  /** The score the bar counts; null for "Not sure". Pages tell the bars apart by it. */
  score: Score | null;
  label: string;
  count: number;
  /** Share of the criterion's answers, 0..1. */
  share: number;
}

export interface CriterionResult {
  id: string;
  name: string;
  kind: CriterionKind;
  weight: number;
  /** Scores 1..5, then "Not sure". */
  histogram: HistogramBar[];
  answers: number;
  median: string;
  /** The anchor text nearest to the median, so the number reads as words. */
  medianMeaning: string | null;
  spread: string;
  disputed: boolean;
  rationales: { author: string | null; answer: string; text: string }[];
}

export interface RankedResult {
  optionId: string;
  name: string;
  fit: string;
  /** As the headline's: "86.7 of 100", or "no gaps". */
  fitLabel: string;
  recommended: boolean;
  /** Critical gaps as sentences; empty when there are none. */
  gaps: string[];
  /** What the guide says of the option: where it works well, its strengths and weaknesses. */
  habitat: string | null;
  strengths: string[];
  weaknesses: string[];
}

export interface TradeOffView {
  columns: { id: string; name: string; recommended: boolean }[];
  rows: { id: string; dimension: string; cells: string[]; emphasis: string | null }[];
}

export interface RoundHistory {
  rounds: {
    number: number;
    recommended: string;
    fit: string;
    confidence: string;
    /** The same inside a sentence: "medium confidence". */
    confidenceInSentence: string;
    disputed: number;
  }[];
  criteria: {
    id: string;
    name: string;
    cells: {
      median: string;
      spread: string;
      /** The median before, when it moved since the round to the left; null when it stayed. */
      medianWas: string | null;
      /**
       * How many people answered otherwise than in the round to the left; null in the first
       * round, and always in an anonymous workshop, whose ballots cannot be followed from one
       * round to the next.
       */
      answersChanged: number | null;
    }[];
  }[];
  /** What moved between the first and the last of these rounds, in words. */
  summary: string[];
}

/** Who, of those who voted in both rounds, gave `criterionId` another answer in the second. */
function peopleWhoChanged(
  before: RevealedRound,
  after: RevealedRound,
  criterionId: string,
): string[] {
  const earlier = new Map(before.ballots.map((ballot) => [ballot.participantId, ballot.votes]));
  return after.ballots
    .filter((ballot) => {
      const was = earlier.get(ballot.participantId);
      return (
        was !== undefined && (was[criterionId] ?? null) !== (ballot.votes[criterionId] ?? null)
      );
    })
    .map((ballot) => ballot.participantId);
}

export interface ResultsView {
  /** The language the view is worded in; what is made from it (the brief) speaks it too. */
  locale: Locale;
  workshop: { title: string; teamName: string; anonymous: boolean };
  framework: {
    name: string;
    /** The name inside a sentence: lower case in English ("about the build, buy or …"). */
    nameInSentence: string;
    question: string;
    summary: string;
    /**
     * The HTML lang of the framework's own texts where it is not the page's: a team's framework
     * is shown as written, so a German reader may read its English texts. Absent otherwise.
     */
    lang?: string;
  };
  round: { number: number; revealedAt: Date };
  /**
   * The scoring contract the results follow, and, when the round was revealed under an earlier
   * one that answered otherwise, what the team saw then.
   */
  scoring: { contract: ContractVersion; earlier: string | null };
  /** Every revealed round's number, oldest first, for switching between them. */
  revealedRounds: number[];
  turnout: string;
  /**
   * Who took part, by role, for the printed page's header; null in anonymous workshops, which
   * keep neither names nor roles.
   */
  takingPart: { role: string; count: number; names: string[] }[] | null;
  weights: { set: boolean; text: string; items: { id: string; name: string; weight: number }[] };
  headline: {
    optionId: string;
    name: string;
    summary: string;
    fit: string;
    /** The fit as the page says it: "86.7 of 100", or "no gaps" for 100. */
    fitLabel: string;
    confidence: Confidence;
    confidenceLabel: string;
  } | null;
  /** Why the recommendation wins, or that there is nothing to score yet. */
  reasons: string[];
  closeCall: string | null;
  /** With a close call: how to try the runner-up's side of a hybrid, from its own pilot step. */
  hybridPilot: { optionName: string; pilot: string } | null;
  smallTeam: string | null;
  /** "What would change this": the flips, nearest first. */
  changes: string[];
  confidence: string | null;
  /** How sure the answer is, in a few words for the first screen. */
  sureness: string | null;
  facts: string[];
  /** Every question the framework answers, those that speak to this result first. */
  questions: { question: string; answer: string; applies: boolean }[];
  radar: RadarView;
  agenda: string | null;
  /** Disputed criteria first (the discussion agenda), then the framework's order. */
  criteria: CriterionResult[];
  ranking: RankedResult[];
  tradeOffs: TradeOffView;
  nextSteps: {
    optionName: string;
    pilot: string | null;
    roles: string | null;
    scaling: string | null;
    review: string | null;
    risks: string[];
  } | null;
  /** People whose votes count: at least one score on a criterion that counts. */
  voters: number;
  /** Empty while there is no recommendation. */
  tally: { optionId: string; name: string; count: number; text: string }[];
  tallySummary: string | null;
  /** Who would pick what on their own: the facilitator of a named workshop only. */
  people: { name: string; role: ParticipantRole | null; choice: string }[] | null;
  leaveOneOut: { text: string; pivotal: boolean; names: string[] | null } | null;
  history: RoundHistory | null;
}

const NO_VALUE = "–";

/** The viewer's language: its words, and its way of writing numbers. */
interface Wording {
  locale: Locale;
  t: ResultsWords;
  /** A number with at most `decimals` decimals ("4.5", "4,5"), or the page's mark for none. */
  value: (number: number | null, decimals?: number) => string;
}

function wordingFor(locale: Locale): Wording {
  return {
    locale,
    t: resultsWords(locale),
    value: (number, decimals = 1) =>
      number === null ? NO_VALUE : formatNumberIn(locale, number, decimals),
  };
}

function confidenceLabel({ t }: Wording, confidence: Confidence): string {
  if (confidence === "high") return t("view.confidence.high");
  return confidence === "medium" ? t("view.confidence.medium") : t("view.confidence.low");
}

function confidenceInSentence({ t }: Wording, confidence: Confidence): string {
  if (confidence === "high") return t("view.confidenceInSentence.high");
  return confidence === "medium"
    ? t("view.confidenceInSentence.medium")
    : t("view.confidenceInSentence.low");
}

/**
 * A fit as every screen writes it ("86.7 of 100"), or the page's mark for no value. A fit of 100
 * means no gap on any criterion the team scored, not a perfect option, so it reads "no gaps".
 */
function fitLabel(words: Wording, fit: number | null): string {
  if (fit === null) return NO_VALUE;
  return fit >= 100 - FIT_TOLERANCE
    ? words.t("view.fit.noGaps")
    : words.t("view.fit.outOf100", { fit: words.value(fit) });
}

function spreadOf({ t }: Wording, recommendation: Recommendation, criterionId: string): string {
  const summary = recommendation.summaries[criterionId];
  // A summary with a vote has its lowest and highest.
  if (!summary || summary.n === 0 || summary.min === null || summary.max === null) {
    return t("view.spread.none");
  }
  if (summary.n === 1) return t("view.spread.one");
  if (summary.min === summary.max) return t("view.spread.all", { score: summary.min });
  const counts = SCORES.map((score) => summary.histogram[score]);
  const most = Math.max(...counts);
  const common = SCORES.filter((score) => summary.histogram[score] === most);
  // Every score given as often as the others has no "most often" worth saying.
  const given = counts.filter((count) => count > 0).length;
  const range = { min: summary.min, max: summary.max };
  if (common.length === given || common.length > 2) return t("view.spread.range", range);
  const [first, second] = common as [Score, Score | undefined];
  return second === undefined
    ? t("view.spread.mostOften", { ...range, score: first })
    : t("view.spread.mostOftenTwo", { ...range, first, second });
}

function nearestAnchor(criterion: Criterion, median: number | null): string | null {
  if (median === null) return null;
  const levels = Object.keys(criterion.anchors)
    .map(Number)
    .sort((a, b) => Math.abs(a - median) - Math.abs(b - median) || a - b);
  const level = levels[0] as 1 | 2 | 3 | 4 | 5 | undefined;
  return level === undefined ? null : (criterion.anchors[level] ?? null);
}

function weightsOf(source: ResultsSource, override: Record<string, number> | null | undefined) {
  return override === undefined ? source.weights : override;
}

function recommendRound(
  source: ResultsSource,
  round: RevealedRound,
  weights: Record<string, number> | null,
  contract: ContractVersion,
): Recommendation {
  return recommend(scoredUnder(source.framework, contract), round.ballots, {
    ...(weights && { weights }),
    ...(source.workshop.teamSize !== null && { teamSize: source.workshop.teamSize }),
    anonymous: source.workshop.anonymous,
    contract,
  });
}

/**
 * When the round was revealed under an earlier scoring contract and that contract's answer
 * differs from the one shown (the recommendation or how sure it is), a sentence that says so:
 * the team may remember the other one.
 */
function earlierScoring(
  words: Wording,
  source: ResultsSource,
  round: RevealedRound,
  weights: Record<string, number> | null,
  shown: Recommendation,
): string | null {
  const then = round.revealedUnderContract;
  if (then >= shown.contract) return null;
  const earlier = recommendRound(source, round, weights, then);
  if (earlier.recommended === shown.recommended && earlier.confidence === shown.confidence) {
    return null;
  }
  const said = { contract: shown.contract, then, confidence: earlier.confidence };
  return earlier.recommended === null
    ? words.t("view.earlierScoringNothing", said)
    : words.t("view.earlierScoring", {
        ...said,
        option: optionName(words, source.framework, earlier.recommended),
      });
}

function criterionResults(
  words: Wording,
  source: ResultsSource,
  round: RevealedRound,
  recommendation: Recommendation,
  shows: ShareShows,
): CriterionResult[] {
  const names = new Map(source.participants.map((p) => [p.id, p.displayName]));
  const authored = !source.workshop.anonymous && shows.names;
  const results = source.framework.criteria.map((criterion): CriterionResult => {
    const summary = recommendation.summaries[criterion.id];
    const notSure = round.ballots.filter(
      (ballot) => criterion.id in ballot.votes && ballot.votes[criterion.id] === null,
    ).length;
    const answers = (summary?.n ?? 0) + notSure;
    const bar = (score: Score | null, count: number): HistogramBar => ({
      score,
      label: score === null ? words.t("view.notSure") : String(score),
      count,
      share: answers === 0 ? 0 : count / answers,
    });
    const rationales = round.rationales
      .filter((rationale) => shows.reasons && rationale.criterionId === criterion.id)
      .map((rationale) => ({
        author: authored ? (names.get(rationale.participantId) ?? null) : null,
        answer:
          rationale.score === null
            ? words.t("view.notSure")
            : words.t("view.scoreOutOf5", { score: rationale.score }),
        score: rationale.score,
        text: rationale.text,
      }))
      // Anonymous notes are ordered by what they say, never by who wrote them or when.
      .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || a.text.localeCompare(b.text))
      .map(({ author, answer, text }) => ({ author, answer, text }));
    return {
      id: criterion.id,
      name: criterion.name,
      kind: criterion.kind,
      weight: recommendation.weights[criterion.id] ?? 1,
      histogram: [
        ...SCORES.map((score) => bar(score, summary?.histogram[score] ?? 0)),
        bar(null, notSure),
      ],
      answers,
      median: words.value(summary?.median ?? null),
      medianMeaning: nearestAnchor(criterion, summary?.median ?? null),
      spread: spreadOf(words, recommendation, criterion.id),
      disputed: summary?.disputed ?? false,
      rationales,
    };
  });
  return [
    ...recommendation.disputed.map((id) => results.find((result) => result.id === id)),
    ...results.filter((result) => !result.disputed),
  ].filter((result): result is CriterionResult => result !== undefined);
}

/**
 * The trade-off table, with only the rows that decide this result marked: those speaking to a
 * criterion on which the recommendation fits the team better than the runner-up does.
 */
function tradeOffs(
  words: Wording,
  framework: Framework,
  recommendation: Recommendation,
): TradeOffView {
  const [first, second] = recommendation.ranking;
  const matters = new Map<string, string>();
  if (first && second && recommendation.recommended !== null) {
    const winner = optionName(words, framework, first.optionId);
    const runnerUp = optionName(words, framework, second.optionId);
    for (const criterion of framework.criteria) {
      const ours = first.penalties[criterion.id];
      const theirs = second.penalties[criterion.id];
      if (ours === undefined || theirs === undefined || ours >= theirs - FIT_TOLERANCE) continue;
      const team = words.value(recommendation.profile[criterion.id] ?? 0);
      matters.set(
        criterion.id,
        words.t("view.decidesReason", { criterion: criterion.label, team, winner, runnerUp }),
      );
    }
  }
  return {
    columns: framework.options.map((option) => ({
      id: option.id,
      name: option.name,
      recommended: option.id === recommendation.recommended,
    })),
    rows: framework.tradeOffs.map((row) => {
      const reasons = (row.criteria ?? []).flatMap((id) => matters.get(id) ?? []);
      return {
        id: row.id,
        dimension: row.dimension,
        cells: framework.options.map((option) => row.cells[option.id] ?? NO_VALUE),
        emphasis:
          reasons.length === 0 ? null : words.t("view.decides", { reasons: reasons.join("; ") }),
      };
    }),
  };
}

function guideOn(framework: Framework, optionId: string) {
  const option = framework.options.find((o) => o.id === optionId);
  return {
    habitat: option?.habitat ?? null,
    strengths: option?.strengths ?? [],
    weaknesses: option?.weaknesses ?? [],
  };
}

function hybridPilotOf(framework: Framework, recommendation: Recommendation) {
  const runnerUp = framework.options.find((o) => o.id === recommendation.closeCall?.optionIds[1]);
  const pilot = runnerUp?.implementation?.pilot;
  return runnerUp && pilot ? { optionName: runnerUp.name, pilot } : null;
}

/** Questions whose condition holds first, then those for every result, then the others. */
function questionsFor(framework: Framework, recommendation: Recommendation) {
  const rank = (applies: boolean, general: boolean) => (applies ? 0 : general ? 1 : 2);
  return framework.facts
    .map((fact) => ({
      question: fact.question,
      answer: fact.answer,
      general: fact.appliesWhen === undefined,
      applies: fact.appliesWhen !== undefined && factApplies(fact.appliesWhen, recommendation),
    }))
    .sort((a, b) => rank(a.applies, a.general) - rank(b.applies, b.general))
    .map(({ question, answer, applies }) => ({ question, answer, applies }));
}

/**
 * Who voted in the round shown, by role: the same people its turnout counts (a person who voted
 * only in an earlier round is not listed under this one); names where the viewer may see them.
 */
function takingPartOf(
  words: Wording,
  source: ResultsSource,
  round: RevealedRound,
  shows: ShareShows,
): ResultsView["takingPart"] {
  if (source.workshop.anonymous) return null;
  const voted = new Set(round.ballots.map((ballot) => ballot.participantId));
  const byRole = new Map<string, string[]>();
  for (const person of source.participants.filter((p) => voted.has(p.id))) {
    const role = person.role ? roleLabel(words.locale, person.role) : words.t("view.roleNotGiven");
    byRole.set(role, [...(byRole.get(role) ?? []), person.displayName ?? words.t("view.someone")]);
  }
  return [...byRole].map(([role, names]) => ({
    role,
    count: names.length,
    names: shows.names ? names : [],
  }));
}

function optionName(words: Wording, framework: Framework, id: string | null | undefined): string {
  return framework.options.find((option) => option.id === id)?.name ?? words.t("noRecommendation");
}

function historyOf(
  words: Wording,
  source: ResultsSource,
  rounds: { round: RevealedRound; recommendation: Recommendation }[],
): RoundHistory | null {
  if (rounds.length < 2) return null;
  const { framework } = source;
  const { t, value } = words;
  const name = (id: string | null) => optionName(words, framework, id);
  const first = rounds[0] as (typeof rounds)[number];
  const last = rounds.at(-1) as (typeof rounds)[number];
  const summary: string[] = [];
  const from = first.recommendation.recommended;
  const to = last.recommendation.recommended;
  const span = { first: first.round.number, last: last.round.number };
  if (from === to) {
    summary.push(
      to === null
        ? t("view.history.nothing", span)
        : t("view.history.stayed", { ...span, option: name(to) }),
    );
  } else {
    summary.push(t("view.history.moved", { ...span, from: name(from), to: name(to) }));
  }
  if (!source.workshop.anonymous) {
    const changed = new Set(
      framework.criteria.flatMap((criterion) =>
        peopleWhoChanged(first.round, last.round, criterion.id),
      ),
    ).size;
    summary.push(
      changed === 0
        ? t("view.history.nobodyChanged")
        : t("view.history.peopleChanged", { count: changed }),
    );
  }
  for (const criterion of framework.criteria) {
    const medianBefore = first.recommendation.summaries[criterion.id]?.median ?? null;
    const medianAfter = last.recommendation.summaries[criterion.id]?.median ?? null;
    if (medianBefore !== null && medianAfter !== null && medianBefore !== medianAfter) {
      summary.push(
        t("view.history.medianMoved", {
          criterion: criterion.label,
          before: value(medianBefore),
          after: value(medianAfter),
        }),
      );
    }
    const before = first.recommendation.summaries[criterion.id]?.iqr ?? null;
    const after = last.recommendation.summaries[criterion.id]?.iqr ?? null;
    if (before === null || after === null || before === after) continue;
    summary.push(
      after < before
        ? t("view.history.closer", { criterion: criterion.label })
        : t("view.history.apart", { criterion: criterion.label }),
    );
  }
  return {
    rounds: rounds.map(({ round, recommendation }) => ({
      number: round.number,
      recommended: name(recommendation.recommended),
      fit: value(recommendation.ranking[0]?.fit ?? null),
      confidence: confidenceLabel(words, recommendation.confidence),
      confidenceInSentence: confidenceInSentence(words, recommendation.confidence),
      disputed: recommendation.disputed.length,
    })),
    criteria: framework.criteria.map((criterion) => ({
      id: criterion.id,
      name: criterion.name,
      cells: rounds.map(({ round, recommendation }, index) => {
        const median = value(recommendation.summaries[criterion.id]?.median ?? null);
        const previous = index > 0 ? rounds[index - 1] : undefined;
        const was = previous
          ? value(previous.recommendation.summaries[criterion.id]?.median ?? null)
          : median;
        return {
          median,
          spread: spreadOf(words, recommendation, criterion.id),
          medianWas: was === median ? null : was,
          answersChanged:
            previous && !source.workshop.anonymous
              ? peopleWhoChanged(previous.round, round, criterion.id).length
              : null,
        };
      }),
    })),
    summary,
  };
}

/**
 * The results of one revealed round (the newest when `roundNumber` is not given) as the page
 * shows them; null when the workshop has no revealed round, or not that one.
 */
export function buildResultsView(
  frozen: ResultsSource,
  options: {
    audience: Audience;
    /** The viewer's language, which every word of the view is in. */
    locale: Locale;
    roundNumber?: number;
    /** A snapshot's frozen weights instead of the workshop's current ones. */
    weights?: Record<string, number> | null;
    /** A snapshot's scoring contract instead of the current one. */
    contract?: ContractVersion;
    /** For a share link: what it shows; members see everything their audience allows. */
    shows?: ShareShows;
  },
): ResultsView | null {
  // The framework's texts in the viewer's language where it carries them, else as written.
  const source = { ...frozen, framework: localiseFramework(frozen.framework, options.locale) };
  const shows = options.shows ?? SHOW_ALL;
  const words = wordingFor(options.locale);
  const { t, value } = words;
  const round =
    options.roundNumber === undefined
      ? source.rounds.at(-1)
      : source.rounds.find((r) => r.number === options.roundNumber);
  if (!round) return null;
  const contract = options.contract ?? SCORING_CONTRACT;
  const framework = scoredUnder(source.framework, contract);
  const weights = weightsOf(source, options.weights);
  // Rounds up to the one shown, so that looking back at round 1 does not show round 2's news.
  const computed = source.rounds
    .filter((r) => r.number <= round.number)
    .map((r) => ({ round: r, recommendation: recommendRound(source, r, weights, contract) }));
  const recommendation = (computed.at(-1) as (typeof computed)[number]).recommendation;
  const parts = explanationParts(framework, recommendation, options.locale);
  const winner = framework.options.find((option) => option.id === recommendation.recommended);
  const topFit = recommendation.ranking[0]?.fit ?? null;
  const named = !source.workshop.anonymous;
  const names = new Map(source.participants.map((p) => [p.id, p]));

  const teamSize = source.workshop.teamSize;
  // The round's ballots are those that voted (round_ballots), the number every other page shows:
  // "not sure" on every criterion is a vote too.
  const voters = round.ballots.length;
  const turnout =
    teamSize !== null && teamSize >= voters
      ? t("view.turnoutOfTeam", { voters, teamSize: value(teamSize) })
      : t("view.turnout", { voters });

  const pivotal = Array.isArray(recommendation.leaveOneOut)
    ? recommendation.leaveOneOut.length
    : recommendation.leaveOneOut.count;

  return {
    locale: options.locale,
    workshop: {
      title: source.workshop.title,
      teamName: source.workshop.teamName,
      anonymous: source.workshop.anonymous,
    },
    framework: {
      name: framework.name,
      // English writes a name in lower case inside a sentence; German, and a name in another
      // language than the sentence, keep its capitals.
      nameInSentence:
        options.locale === "en" && languageOfFramework(framework).split("-")[0] === "en"
          ? framework.name.toLowerCase()
          : framework.name,
      question: framework.question,
      summary: framework.summary,
      lang: langAttribute(framework.language, options.locale),
    },
    round: { number: round.number, revealedAt: round.revealedAt },
    scoring: {
      contract,
      earlier:
        options.contract === undefined
          ? earlierScoring(words, source, round, weights, recommendation)
          : null,
    },
    revealedRounds: source.rounds.map((r) => r.number),
    turnout,
    takingPart: takingPartOf(words, source, round, shows),
    weights: {
      set: weights !== null,
      text:
        weights === null
          ? t("view.weightsEqual")
          : t("view.weightsSet", {
              weights: framework.criteria
                .map((c) => `${c.name} ×${value(recommendation.weights[c.id] ?? 1)}`)
                .join(", "),
            }),
      items: framework.criteria.map((c) => ({
        id: c.id,
        name: c.name,
        weight: recommendation.weights[c.id] ?? 1,
      })),
    },
    headline: winner
      ? {
          optionId: winner.id,
          name: winner.name,
          summary: winner.summary,
          fit: value(topFit),
          fitLabel: fitLabel(words, topFit),
          confidence: recommendation.confidence,
          confidenceLabel: confidenceLabel(words, recommendation.confidence),
        }
      : null,
    reasons: parts.summary,
    closeCall: parts.closeCall,
    hybridPilot: hybridPilotOf(framework, recommendation),
    smallTeam: parts.smallTeam,
    changes: parts.flips,
    confidence: parts.confidence,
    sureness: parts.sureness,
    facts: parts.facts,
    questions: questionsFor(framework, recommendation),
    radar: {
      axes: framework.criteria.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
      team: framework.criteria.map((c) => {
        const summary = recommendation.summaries[c.id];
        return {
          median: summary?.median ?? null,
          q1: summary?.q1 ?? null,
          q3: summary?.q3 ?? null,
        };
      }),
      options: framework.options.map((option) => ({
        id: option.id,
        name: option.name,
        values: framework.criteria.map((c) => option.profile[c.id] ?? 0),
        recommended: option.id === recommendation.recommended,
      })),
    },
    agenda: parts.agenda,
    criteria: criterionResults(words, source, round, recommendation, shows),
    ranking: recommendation.ranking.map((ranked) => ({
      optionId: ranked.optionId,
      name: optionName(words, framework, ranked.optionId),
      fit: value(ranked.fit),
      fitLabel: fitLabel(words, ranked.fit),
      recommended: ranked.optionId === recommendation.recommended,
      gaps: (parts.gaps[ranked.optionId] ?? []).map(
        (gap) => `${gap[0]?.toUpperCase()}${gap.slice(1)}.`,
      ),
      ...guideOn(framework, ranked.optionId),
    })),
    tradeOffs: tradeOffs(words, framework, recommendation),
    nextSteps: winner
      ? {
          optionName: winner.name,
          pilot: winner.implementation?.pilot ?? null,
          roles: winner.implementation?.roles ?? null,
          scaling: winner.implementation?.scaling ?? null,
          review: winner.implementation?.review ?? null,
          risks: risksOf(framework, winner),
        }
      : null,
    voters: recommendation.voters,
    tally:
      recommendation.recommended === null
        ? []
        : framework.options.map((option) => {
            const count = recommendation.tally[option.id] ?? 0;
            return {
              optionId: option.id,
              name: option.name,
              count,
              text: t("view.tally", { count, voters: recommendation.voters, option: option.name }),
            };
          }),
    tallySummary: parts.tally,
    people:
      options.audience === "facilitator" && named
        ? Object.entries(recommendation.choices)
            .map(([id, choice]) => ({
              name: names.get(id)?.displayName ?? t("view.someoneWhoLeft"),
              role: names.get(id)?.role ?? null,
              choice: optionName(words, framework, choice),
            }))
            .sort((a, b) => a.choice.localeCompare(b.choice) || a.name.localeCompare(b.name))
        : null,
    leaveOneOut: parts.leaveOneOut
      ? {
          text: parts.leaveOneOut,
          pivotal: pivotal > 0,
          names:
            options.audience === "facilitator" && named && Array.isArray(recommendation.leaveOneOut)
              ? recommendation.leaveOneOut.map(
                  (id) => names.get(id)?.displayName ?? t("view.someoneWhoLeft"),
                )
              : null,
        }
      : null,
    history: historyOf(words, source, computed),
  };
}

/**
 * The criterion whose reasons a page was asked to show in full (`?reasons=<criterion id>`):
 * one of the view's criteria, else none. Anything else in the address is ignored.
 */
export function expandedReasons(view: ResultsView, asked: unknown): string | null {
  return typeof asked === "string" && view.criteria.some((criterion) => criterion.id === asked)
    ? asked
    : null;
}

/**
 * What the results page opens with: its heading and the answer (what fits, why, how sure, what
 * to discuss first). A phone shows it the moment the votes are revealed, before the rest of the
 * page arrives, so it is plain data that travels as JSON.
 */
export interface ResultsOpening {
  roundNumber: number;
  frameworkName: string;
  title: string;
  teamName: string;
  anonymous: boolean;
  turnout: string;
  /** ISO. */
  revealedAt: string;
  headline: Pick<
    NonNullable<ResultsView["headline"]>,
    "name" | "fitLabel" | "confidence" | "confidenceLabel"
  > | null;
  reasons: string[];
  sureness: string | null;
  agenda: string | null;
}

export function openingOf(view: ResultsView): ResultsOpening {
  const { headline } = view;
  return {
    roundNumber: view.round.number,
    frameworkName: view.framework.name,
    title: view.workshop.title,
    teamName: view.workshop.teamName,
    anonymous: view.workshop.anonymous,
    turnout: view.turnout,
    revealedAt: view.round.revealedAt.toISOString(),
    headline: headline && {
      name: headline.name,
      fitLabel: headline.fitLabel,
      confidence: headline.confidence,
      confidenceLabel: headline.confidenceLabel,
    },
    reasons: view.reasons,
    sureness: view.sureness,
    agenda: view.agenda,
  };
}

import { scoredUnder } from "@/lib/frameworks";
import {
  explanationParts,
  factApplies,
  FIT_TOLERANCE,
  formatFit,
  formatNumber,
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
} from "@/lib/scoring";
import { roleLabels, type ParticipantRole } from "@/lib/workshops/roles";
import type { RadarView } from "./radar";
import type { ResultsSource, RevealedRound } from "./source";

// Turns a workshop's revealed rounds into what the results page shows. Every number comes from
// recommend() and every sentence from the scoring library or the framework; this module only
// chooses, orders and words them for a viewer. Pure, so the page, the share page and the tests
// all see the same thing.

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
  workshop: { title: string; teamName: string; anonymous: boolean };
  framework: { name: string; question: string; summary: string };
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

const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: "High confidence",
  medium: "Medium confidence",
  low: "Low confidence",
};

const NO_VALUE = "–";

function value(number: number | null, decimals = 1): string {
  return number === null ? NO_VALUE : formatNumber(number, decimals);
}

/** A fit in words (lib/scoring formatFit), or the page's mark for no value. */
function fitLabel(fit: number | null): string {
  return fit === null ? NO_VALUE : formatFit(fit);
}

function spreadOf(recommendation: Recommendation, criterionId: string): string {
  const summary = recommendation.summaries[criterionId];
  if (!summary || summary.n === 0) return "No votes";
  if (summary.n === 1) return "One vote";
  if (summary.min === summary.max) return `All votes ${summary.min}`;
  const counts = SCORES.map((score) => summary.histogram[score]);
  const most = Math.max(...counts);
  const common = SCORES.filter((score) => summary.histogram[score] === most);
  // Every score given as often as the others has no "most often" worth saying.
  const given = counts.filter((count) => count > 0).length;
  const often =
    common.length === given || common.length > 2 ? "" : `, most often ${common.join(" and ")}`;
  return `Votes from ${summary.min} to ${summary.max}${often}`;
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
  const name = optionName(source.framework, earlier.recommended);
  return `Scored with version ${shown.contract} of Blueprint's scoring. When this round was revealed, version ${then} recommended ${name === "" ? "nothing yet" : `the ${name}`} with ${earlier.confidence} confidence.`;
}

function criterionResults(
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
    const bar = (label: string, count: number): HistogramBar => ({
      label,
      count,
      share: answers === 0 ? 0 : count / answers,
    });
    const rationales = round.rationales
      .filter((rationale) => shows.reasons && rationale.criterionId === criterion.id)
      .map((rationale) => ({
        author: authored ? (names.get(rationale.participantId) ?? null) : null,
        answer: rationale.score === null ? "Not sure" : `${rationale.score} of 5`,
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
        ...SCORES.map((score) => bar(String(score), summary?.histogram[score] ?? 0)),
        bar("Not sure", notSure),
      ],
      answers,
      median: value(summary?.median ?? null),
      medianMeaning: nearestAnchor(criterion, summary?.median ?? null),
      spread: spreadOf(recommendation, criterion.id),
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
function tradeOffs(framework: Framework, recommendation: Recommendation): TradeOffView {
  const [first, second] = recommendation.ranking;
  const matters = new Map<string, string>();
  if (first && second && recommendation.recommended !== null) {
    const winner = optionName(framework, first.optionId);
    const runnerUp = optionName(framework, second.optionId);
    for (const criterion of framework.criteria) {
      const ours = first.penalties[criterion.id];
      const theirs = second.penalties[criterion.id];
      if (ours === undefined || theirs === undefined || ours >= theirs - FIT_TOLERANCE) continue;
      const team = formatNumber(recommendation.profile[criterion.id] ?? 0);
      matters.set(
        criterion.id,
        `with ${criterion.label} at ${team} of 5, ${winner} fits the team better than ${runnerUp}`,
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
        emphasis: reasons.length === 0 ? null : `Decides it: ${reasons.join("; ")}.`,
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
 * only in an earlier round is not listed under this one).
 */
/** Who voted in the round by role: counts, and names where the viewer may see them. */
function takingPartOf(
  source: ResultsSource,
  round: RevealedRound,
  shows: ShareShows,
): ResultsView["takingPart"] {
  if (source.workshop.anonymous) return null;
  const voted = new Set(round.ballots.map((ballot) => ballot.participantId));
  const byRole = new Map<string, string[]>();
  for (const person of source.participants.filter((p) => voted.has(p.id))) {
    const role = person.role ? roleLabels[person.role] : "Role not given";
    byRole.set(role, [...(byRole.get(role) ?? []), person.displayName ?? "Someone"]);
  }
  return [...byRole].map(([role, names]) => ({
    role,
    count: names.length,
    names: shows.names ? names : [],
  }));
}

function optionName(framework: Framework, id: string | null | undefined): string {
  return framework.options.find((option) => option.id === id)?.name ?? "No recommendation";
}

function historyOf(
  source: ResultsSource,
  rounds: { round: RevealedRound; recommendation: Recommendation }[],
): RoundHistory | null {
  if (rounds.length < 2) return null;
  const { framework } = source;
  const first = rounds[0] as (typeof rounds)[number];
  const last = rounds.at(-1) as (typeof rounds)[number];
  const summary: string[] = [];
  const from = first.recommendation.recommended;
  const to = last.recommendation.recommended;
  const span = `From round ${first.round.number} to round ${last.round.number}`;
  if (from === to) {
    summary.push(
      to === null
        ? `${span} there was nothing to recommend.`
        : `${span} the recommendation stayed ${optionName(framework, to)}.`,
    );
  } else {
    summary.push(
      `${span} the recommendation moved from ${optionName(framework, from)} to ${optionName(framework, to)}.`,
    );
  }
  if (!source.workshop.anonymous) {
    const changed = new Set(
      framework.criteria.flatMap((criterion) =>
        peopleWhoChanged(first.round, last.round, criterion.id),
      ),
    ).size;
    summary.push(
      changed === 0
        ? "Nobody who voted in both rounds changed an answer."
        : `${changed} ${changed === 1 ? "person" : "people"} changed at least one answer.`,
    );
  }
  for (const criterion of framework.criteria) {
    const medianBefore = first.recommendation.summaries[criterion.id]?.median ?? null;
    const medianAfter = last.recommendation.summaries[criterion.id]?.median ?? null;
    if (medianBefore !== null && medianAfter !== null && medianBefore !== medianAfter) {
      summary.push(
        `The median on ${criterion.label} moved from ${value(medianBefore)} to ${value(medianAfter)}.`,
      );
    }
    const before = first.recommendation.summaries[criterion.id]?.iqr ?? null;
    const after = last.recommendation.summaries[criterion.id]?.iqr ?? null;
    if (before === null || after === null || before === after) continue;
    summary.push(
      `Opinions on ${criterion.label} ${after < before ? "came closer" : "drifted apart"} between the rounds.`,
    );
  }
  return {
    rounds: rounds.map(({ round, recommendation }) => ({
      number: round.number,
      recommended: optionName(framework, recommendation.recommended),
      fit: value(recommendation.ranking[0]?.fit ?? null),
      confidence: CONFIDENCE_LABELS[recommendation.confidence],
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
          spread: spreadOf(recommendation, criterion.id),
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
  source: ResultsSource,
  options: {
    audience: Audience;
    roundNumber?: number;
    /** A snapshot's frozen weights instead of the workshop's current ones. */
    weights?: Record<string, number> | null;
    /** A snapshot's scoring contract instead of the current one. */
    contract?: ContractVersion;
    /** For a share link: what it shows; members see everything their audience allows. */
    shows?: ShareShows;
  },
): ResultsView | null {
  const shows = options.shows ?? SHOW_ALL;
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
  const parts = explanationParts(framework, recommendation);
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
      ? `${voters} of ${teamSize} people in the team voted`
      : `${voters} ${voters === 1 ? "person" : "people"} voted`;

  const pivotal = Array.isArray(recommendation.leaveOneOut)
    ? recommendation.leaveOneOut.length
    : recommendation.leaveOneOut.count;

  return {
    workshop: {
      title: source.workshop.title,
      teamName: source.workshop.teamName,
      anonymous: source.workshop.anonymous,
    },
    framework: { name: framework.name, question: framework.question, summary: framework.summary },
    round: { number: round.number, revealedAt: round.revealedAt },
    scoring: {
      contract,
      earlier:
        options.contract === undefined
          ? earlierScoring(source, round, weights, recommendation)
          : null,
    },
    revealedRounds: source.rounds.map((r) => r.number),
    turnout,
    takingPart: takingPartOf(source, round, shows),
    weights: {
      set: weights !== null,
      text:
        weights === null
          ? "Every criterion counts the same."
          : `The facilitator set the weights: ${framework.criteria
              .map((c) => `${c.name} ×${formatNumber(recommendation.weights[c.id] ?? 1)}`)
              .join(", ")}.`,
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
          fitLabel: fitLabel(topFit),
          confidence: recommendation.confidence,
          confidenceLabel: CONFIDENCE_LABELS[recommendation.confidence],
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
    criteria: criterionResults(source, round, recommendation, shows),
    ranking: recommendation.ranking.map((ranked) => ({
      optionId: ranked.optionId,
      name: optionName(framework, ranked.optionId),
      fit: value(ranked.fit),
      fitLabel: fitLabel(ranked.fit),
      recommended: ranked.optionId === recommendation.recommended,
      gaps: (parts.gaps[ranked.optionId] ?? []).map(
        (gap) => `${gap[0]?.toUpperCase()}${gap.slice(1)}.`,
      ),
      ...guideOn(framework, ranked.optionId),
    })),
    tradeOffs: tradeOffs(framework, recommendation),
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
              text: `${count} of ${recommendation.voters} would pick ${option.name}`,
            };
          }),
    tallySummary: parts.tally,
    people:
      options.audience === "facilitator" && named
        ? Object.entries(recommendation.choices)
            .map(([id, choice]) => ({
              name: names.get(id)?.displayName ?? "Someone who left",
              role: names.get(id)?.role ?? null,
              choice: optionName(framework, choice),
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
                  (id) => names.get(id)?.displayName ?? "Someone who left",
                )
              : null,
        }
      : null,
    history: historyOf(source, computed),
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

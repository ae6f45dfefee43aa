import { FIT_TOLERANCE } from "./fit";
import type { Criterion, FactCondition, Framework, FrameworkOption } from "./framework";
import { capitalise, countNoun, formatMargin, formatNumber, joinWords } from "./format";
import type { RankedOption, Recommendation } from "./recommendation";

type Result = Omit<Recommendation, "explanation">;

const GENERIC_SMALL_TEAM_NOTE =
  "the lightest version of the recommendation is usually enough; add structure as the team grows.";

/** Two fits that differ must not read as equal, so more decimals are used until they differ. */
function formatFits(a: number, b: number): [string, string] {
  for (let decimals = 1; decimals < 4; decimals++) {
    const pair: [string, string] = [formatNumber(a, decimals), formatNumber(b, decimals)];
    if (pair[0] !== pair[1]) return pair;
  }
  return [formatNumber(a), formatNumber(b)];
}

class Wording {
  constructor(
    private readonly framework: Framework,
    private readonly result: Result,
  ) {}

  criterion(id: string): Criterion {
    return this.framework.criteria.find((criterion) => criterion.id === id) as Criterion;
  }

  option(id: string): FrameworkOption {
    return this.framework.options.find((option) => option.id === id) as FrameworkOption;
  }

  label(id: string): string {
    return this.criterion(id).label;
  }

  name(id: string): string {
    return this.option(id).name;
  }

  team(id: string): string {
    return formatNumber(this.result.profile[id] ?? 0);
  }

  gap(optionId: string, criterionId: string): string {
    const option = this.option(optionId);
    return this.criterion(criterionId)
      .shortfall.replaceAll("{option}", option.name)
      .replaceAll("{profile}", formatNumber(option.profile[criterionId] ?? 0))
      .replaceAll("{team}", this.team(criterionId));
  }
}

/** The option's own risks, then those every option of the framework shares. */
export function risksOf(framework: Framework, option: FrameworkOption): string[] {
  return [...(option.risks ?? []), ...(framework.commonRisks ?? [])];
}

function nothingToScore(framework: Framework, result: Result): string {
  const allWeightless = framework.criteria.every(({ id }) => result.weights[id] === 0);
  return allWeightless
    ? "Nothing to score yet: every criterion has weight 0, so there is nothing to compare the options on."
    : "Nothing to score yet: nobody has voted on a criterion that counts.";
}

function whyTheWinner(words: Wording, first: RankedOption, second?: RankedOption): string {
  const winner = words.name(first.optionId);
  if (!second || second.fit === null || first.fit === null) {
    return `${winner} is the only option; its fit is ${formatNumber(first.fit ?? 0)} of 100.`;
  }
  const runnerUp = words.name(second.optionId);
  const [fit, otherFit] = formatFits(first.fit, second.fit);
  // The ranking's own tolerance decides what is a tie, not the rounded numbers: fits can differ
  // by too little to show and still decide the ranking.
  const tie = Math.abs(first.fit - second.fit) <= FIT_TOLERANCE;
  const shown = fit !== otherFit;
  const gaps = first.criticalGaps.length;
  const otherGaps = second.criticalGaps.length;
  if (gaps < otherGaps) {
    let fits: string;
    if (tie) fits = `Their fits are the same: ${fit} of 100.`;
    else if (first.fit > second.fit) {
      fits = shown
        ? `Its fit is also higher: ${fit} against ${otherFit}.`
        : "Its fit is also higher, by a fraction of a point.";
    } else {
      fits = shown
        ? `${runnerUp} has the higher fit (${otherFit} against ${fit}), but fewer critical gaps come first.`
        : `${runnerUp} has a fit higher by a fraction of a point, but fewer critical gaps come first.`;
    }
    return `${winner} is recommended because it has ${countNoun(gaps, "critical gap")}, while the next best, ${runnerUp}, has ${otherGaps}. ${fits}`;
  }
  const shared =
    gaps === 0 ? "neither has a critical gap" : `each has ${countNoun(gaps, "critical gap")}`;
  if (tie) {
    return `${winner} and ${runnerUp} tie at a fit of ${fit} and ${shared}; ${winner} comes first because it is listed first in the framework.`;
  }
  if (!shown) {
    return `${winner} fits the team best, if only by a fraction of a point over the runner-up, ${runnerUp} (both about ${fit} of 100), and ${shared}.`;
  }
  return `${winner} fits the team best: ${fit} of 100 against ${otherFit} for the runner-up, ${runnerUp}, and ${shared}.`;
}

function closeCallSentence(words: Wording, result: Result): string | null {
  const { closeCall, ranking } = result;
  const [first, second] = ranking;
  if (!closeCall || !first || !second) return null;
  const winner = words.name(first.optionId);
  const runnerUp = words.name(second.optionId);
  const points = formatMargin(closeCall.margin);
  let trail = `trails by only ${points} points`;
  if (closeCall.margin === 0) trail = "ties on fit";
  else if (points === "0") trail = "trails by only a fraction of a point";
  const better = result.activeCriteria.filter(
    (id) => (second.penalties[id] ?? 0) < (first.penalties[id] ?? 0),
  );
  const hybrid =
    better.length === 0
      ? "Consider a hybrid that combines the two."
      : `Consider a hybrid: keep ${winner} as the backbone and borrow from ${runnerUp} on ${joinWords(better.map((id) => words.label(id)))}, where it suits the team better.`;
  return `This is a close call: ${runnerUp} has the same number of critical gaps and ${trail}. ${hybrid}`;
}

function smallTeamSentence(framework: Framework, teamSize: number): string {
  const size = teamSize === 1 ? "one" : "two";
  return `For a team of ${size}, ${framework.smallTeamNote ?? GENERIC_SMALL_TEAM_NOTE}`;
}

function agendaSentence(words: Wording, result: Result): string | null {
  if (result.disputed.length === 0) return null;
  // The weakest agreement goes first on the agenda.
  const ordered = [...result.disputed].sort(
    (a, b) => (result.summaries[a]?.rwg ?? 0) - (result.summaries[b]?.rwg ?? 0),
  );
  const items = ordered.map((id) => {
    const s = result.summaries[id];
    return `${words.label(id)} (votes from ${s?.min} to ${s?.max})`;
  });
  return `Discuss first where the team disagrees: ${joinWords(items)}.`;
}

/** "one person", "two people", … "12 people": how many would have to vote otherwise. */
function people(count: number): string {
  const words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  return `${words[count - 1] ?? count} ${count === 1 ? "person" : "people"}`;
}

/**
 * What would change the answer, fewest votes first: in votes ("if two people changed …") where
 * moving votes does it, else in the team's value.
 */
function flipSentences(words: Wording, result: Result): string[] {
  const moves = new Map(result.voteFlips.map((flip) => [flip.criterion, flip]));
  const distance = (criterion: string, to: number) =>
    Math.abs(to - (result.profile[criterion] ?? to));
  const effort = (criterion: string) => moves.get(criterion)?.voters ?? Number.MAX_SAFE_INTEGER;
  return [...result.flips]
    .sort(
      (a, b) =>
        effort(a.criterion) - effort(b.criterion) ||
        distance(a.criterion, a.to) - distance(b.criterion, b.to),
    )
    .map((flip) => {
      const move = moves.get(flip.criterion);
      const label = words.label(flip.criterion);
      if (!move) {
        return `If the team's ${label} were ${formatNumber(flip.to)} rather than ${words.team(flip.criterion)}, the answer would be ${words.name(flip.newRecommendation)}.`;
      }
      const who = people(move.voters);
      return `If ${who} changed their ${label} vote from ${move.from} to ${move.to}, the answer would be ${words.name(move.newRecommendation)}.`;
    });
}

/** How much a typical change of votes moves the answer, from the stability. */
function stabilityWords(stability: number): string {
  if (stability >= 0.9) return "stable: typical changes of votes leave it as it is";
  if (stability >= 0.6) return "fairly stable: most typical changes of votes leave it as it is";
  return "fragile: typical changes of votes often change it";
}

function pivotalCount(result: Result): number {
  return Array.isArray(result.leaveOneOut) ? result.leaveOneOut.length : result.leaveOneOut.count;
}

/** How sure the answer is, in a few words for the first screen: "stable: …", "hinges on one person". */
function surenessWords(result: Result): string {
  const pivotal = result.voters >= 2 ? pivotalCount(result) : 0;
  if (pivotal === 1) return "hinges on one person: without their ballot the answer changes";
  if (pivotal > 1)
    return `hinges on single people: leaving out any one of ${pivotal} of the ${result.voters} ballots changes it`;
  return stabilityWords(result.stability);
}

function confidenceSentence(words: Wording, result: Result): string {
  const stable = `the recommendation is ${stabilityWords(result.stability)}`;
  const disputed = joinWords(result.disputed.map((id) => words.label(id)));
  let sentence: string;
  if (result.confidence === "high") {
    sentence = `Confidence is high: ${stable}, and the team is not split on any criterion.`;
  } else if (result.confidence === "low") {
    sentence = `Confidence is low: ${stable}.`;
  } else if (result.confidenceCaps.length > 0) {
    const reasons = result.confidenceCaps.map((cap) =>
      cap === "few-voters"
        ? `only ${countNoun(result.voters, "person", "people")} voted`
        : "the runner-up is too close behind",
    );
    sentence = `Confidence is medium: ${stable} and the team is not split on any criterion, but ${joinWords(reasons)} for it to be high.`;
  } else if (result.stability >= 0.9) {
    sentence = `Confidence is medium: ${stable}, but the team is split on ${disputed}.`;
  } else {
    sentence = `Confidence is medium: ${stable}.`;
  }
  if (result.voters < 3 && !result.confidenceCaps.includes("few-voters")) {
    const voted = `Only ${countNoun(result.voters, "person", "people")} voted`;
    // A low confidence is not what the cap produced, so saying "capped at medium" would mislead.
    sentence +=
      result.confidence === "low"
        ? ` ${voted}; with fewer than three it could not be high in any case.`
        : ` ${voted}, and with fewer than three confidence is medium at most.`;
  }
  return sentence;
}

function leaveOneOutSentence(result: Result): string | null {
  if (result.voters < 2) return null;
  const count = pivotalCount(result);
  if (count === 0)
    return "No single voter decides the outcome: leaving out any one of them keeps the recommendation.";
  return count === 1
    ? "The outcome leans on one voter: leaving out that single ballot would change the recommendation."
    : `The outcome leans on individual voters: leaving out any one of ${count} particular ballots would change the recommendation.`;
}

function tallySentence(words: Wording, framework: Framework, result: Result): string | null {
  const counts = framework.options
    .map((option) => ({ id: option.id, count: result.tally[option.id] ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
  const [top] = counts;
  if (!top) return null;
  if (counts.length === 1) {
    const who =
      result.voters === 1
        ? "the only voter"
        : result.voters === 2
          ? "both voters"
          : `all ${result.voters} voters`;
    return `Scored on their own votes alone, ${who} would arrive at ${words.name(top.id)}.`;
  }
  const parts = counts.map(({ id, count }) => `${count} for ${words.name(id)}`);
  return `Scored on their own votes alone, the voters split: ${joinWords(parts)}.`;
}

/** Whether a fact's condition holds for a result (team values are its medians). */
export function factApplies(condition: FactCondition, result: Result): boolean {
  if (condition.recommended !== undefined && condition.recommended !== result.recommended) {
    return false;
  }
  if (condition.criterion === undefined) return true;
  if (!result.activeCriteria.includes(condition.criterion)) return false;
  const value = result.profile[condition.criterion] ?? 0;
  return (
    (condition.atMost === undefined || value <= condition.atMost) &&
    (condition.atLeast === undefined || value >= condition.atLeast)
  );
}

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

export function explanationParts(framework: Framework, result: Result): ExplanationParts {
  const words = new Wording(framework, result);
  const smallTeam =
    result.teamSize === 1 || result.teamSize === 2
      ? capitalise(smallTeamSentence(framework, result.teamSize))
      : null;
  const [first, second] = result.ranking;
  const gaps: Record<string, string[]> = {};
  for (const ranked of result.ranking) {
    gaps[ranked.optionId] = ranked.criticalGaps.map((id) => words.gap(ranked.optionId, id));
  }
  const nothing: ExplanationParts = {
    summary: [nothingToScore(framework, result)],
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
  if (result.recommended === null || !first) return nothing;

  const winner = words.option(first.optionId);
  return {
    summary: [
      whyTheWinner(words, first, second),
      ...(gaps[first.optionId] ?? []).map(
        (gap) => `Even the recommendation has a critical gap: ${gap}.`,
      ),
    ].map(capitalise),
    closeCall: closeCallSentence(words, result),
    smallTeam,
    gaps,
    agenda: agendaSentence(words, result),
    flips: flipSentences(words, result),
    confidence: confidenceSentence(words, result),
    leaveOneOut: leaveOneOutSentence(result),
    sureness: surenessWords(result),
    tally: tallySentence(words, framework, result),
    firstStep: winner.implementation ? `First step: ${winner.implementation.pilot}` : null,
    risks: risksOf(framework, winner).length
      ? `Typical risks with ${winner.name}: ${risksOf(framework, winner).join(" ")}`
      : null,
    facts: framework.facts
      .filter((fact) => fact.appliesWhen && factApplies(fact.appliesWhen, result))
      .map((fact) => capitalise(fact.answer)),
  };
}

/** The reasons behind a result as plain sentences, most important first. */
export function explain(framework: Framework, result: Result): string[] {
  const parts = explanationParts(framework, result);
  const others = result.ranking
    .slice(1)
    .flatMap((ranked) => (parts.gaps[ranked.optionId] ?? []).map((gap) => `Critical gap: ${gap}.`));
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

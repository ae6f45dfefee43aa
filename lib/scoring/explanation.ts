import { FIT_TOLERANCE } from "./fit";
import type { FactCondition, Framework, FrameworkOption } from "./framework";
import { marginDecimals, roundTo } from "./format";
import type {
  AgendaItem,
  CloseCallReason,
  ConfidenceExplanation,
  ConfidenceReason,
  CriticalGap,
  EveryExplanation,
  Explanation,
  FitsBesideGaps,
  RankedOption,
  Recommendation,
  ShownNumber,
  StabilityBand,
  Sureness,
  TallyReason,
  WhatIf,
  WinnerReason,
} from "./recommendation";

// The reasons behind a result as codes and numbers, in no language: which sentence applies and
// what goes into it. Every decision about what to say is made here; lib/results/explanation.ts
// words the codes in the reader's language and decides nothing.

type Result = Omit<Recommendation, "explanation">;

function shown(value: number, decimals = 1): ShownNumber {
  return { value: roundTo(value, decimals), decimals };
}

/** The option's own risks, then those every option of the framework shares. */
export function risksOf(framework: Framework, option: FrameworkOption): string[] {
  return [...(option.risks ?? []), ...(framework.commonRisks ?? [])];
}

/** Two fits that differ must not read as equal, so more decimals are used until they differ. */
function shownFits(a: number, b: number): [ShownNumber, ShownNumber] {
  for (let decimals = 1; decimals < 4; decimals++) {
    const pair: [ShownNumber, ShownNumber] = [shown(a, decimals), shown(b, decimals)];
    if (pair[0].value !== pair[1].value) return pair;
  }
  return [shown(a), shown(b)];
}

function winnerReason(first: RankedOption, second?: RankedOption): WinnerReason {
  const winner = first.optionId;
  if (!second || second.fit === null || first.fit === null) {
    return { kind: "only-option", winner, fit: shown(first.fit ?? 0) };
  }
  const runnerUp = second.optionId;
  const [fit, runnerUpFit] = shownFits(first.fit, second.fit);
  // The ranking's own tolerance decides what is a tie, not the rounded numbers: fits can differ
  // by too little to show and still decide the ranking.
  const tie = Math.abs(first.fit - second.fit) <= FIT_TOLERANCE;
  const visible = fit.value !== runnerUpFit.value;
  const gaps = first.criticalGaps.length;
  const runnerUpGaps = second.criticalGaps.length;
  if (gaps < runnerUpGaps) {
    let fits: FitsBesideGaps;
    if (tie) fits = { kind: "same", fit };
    else if (first.fit > second.fit) {
      fits = visible ? { kind: "higher", fit, runnerUpFit } : { kind: "higher-by-a-fraction" };
    } else {
      fits = visible ? { kind: "lower", fit, runnerUpFit } : { kind: "lower-by-a-fraction" };
    }
    return { kind: "fewer-gaps", winner, runnerUp, gaps, runnerUpGaps, fits };
  }
  if (tie) return { kind: "tie", winner, runnerUp, fit, gaps };
  if (!visible) return { kind: "higher-by-a-fraction", winner, runnerUp, fit, gaps };
  return { kind: "higher-fit", winner, runnerUp, fit, runnerUpFit, gaps };
}

function closeCallReason(result: Result): CloseCallReason | null {
  const { closeCall, ranking } = result;
  const [first, second] = ranking;
  if (!closeCall || !first || !second) return null;
  const margin = shown(closeCall.margin, marginDecimals(closeCall.margin));
  let trail: CloseCallReason["trail"] = "points";
  if (closeCall.margin === 0) trail = "tie";
  else if (margin.value === 0) trail = "by-a-fraction";
  const borrow = result.activeCriteria.filter(
    (id) => (second.penalties[id] ?? 0) < (first.penalties[id] ?? 0),
  );
  return { winner: first.optionId, runnerUp: second.optionId, trail, margin, borrow };
}

function gapsOf(framework: Framework, result: Result): Record<string, CriticalGap[]> {
  const gaps: Record<string, CriticalGap[]> = {};
  for (const { optionId, criticalGaps } of result.ranking) {
    const option = framework.options.find(({ id }) => id === optionId);
    gaps[optionId] = criticalGaps.map((criterion) => ({
      optionId,
      criterion,
      profile: shown(option?.profile[criterion] ?? 0),
      team: shown(result.profile[criterion] ?? 0),
    }));
  }
  return gaps;
}

function agendaOf(result: Result): AgendaItem[] {
  // The weakest agreement goes first on the agenda.
  return [...result.disputed]
    .sort((a, b) => (result.summaries[a]?.rwg ?? 0) - (result.summaries[b]?.rwg ?? 0))
    .map((criterion) => ({
      criterion,
      min: result.summaries[criterion]?.min ?? 0,
      max: result.summaries[criterion]?.max ?? 0,
    }));
}

/**
 * What would change the answer, fewest votes first: in votes ("if two people changed …") where
 * moving votes does it, else in the team's value.
 */
function whatIfsOf(result: Result): WhatIf[] {
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
    .map((flip): WhatIf => {
      const move = moves.get(flip.criterion);
      if (!move) {
        return {
          kind: "team-value",
          criterion: flip.criterion,
          to: shown(flip.to),
          team: shown(result.profile[flip.criterion] ?? 0),
          recommended: flip.newRecommendation,
        };
      }
      return {
        kind: "votes",
        criterion: flip.criterion,
        voters: move.voters,
        from: move.from,
        to: move.to,
        recommended: move.newRecommendation,
      };
    });
}

function stabilityBand(stability: number): StabilityBand {
  if (stability >= 0.9) return "stable";
  if (stability >= 0.6) return "fairly-stable";
  return "fragile";
}

function pivotalCount(result: Result): number {
  return Array.isArray(result.leaveOneOut) ? result.leaveOneOut.length : result.leaveOneOut.count;
}

function surenessOf(result: Result): Sureness {
  const pivotal = result.voters >= 2 ? pivotalCount(result) : 0;
  if (pivotal > 0) return { kind: "pivotal", pivotal, voters: result.voters };
  return { kind: "stability", stability: stabilityBand(result.stability) };
}

function confidenceOf(result: Result): ConfidenceExplanation {
  const stability = stabilityBand(result.stability);
  let reason: ConfidenceReason;
  if (result.confidence === "high") reason = { kind: "high", stability };
  else if (result.confidence === "low") reason = { kind: "low", stability };
  else if (result.confidenceCaps.length > 0) {
    reason = { kind: "capped", stability, caps: result.confidenceCaps, voters: result.voters };
  } else if (result.stability >= 0.9) {
    reason = { kind: "split", stability, disputed: result.disputed };
  } else reason = { kind: "medium", stability };
  const fewVoters: ConfidenceExplanation["fewVoters"] =
    result.voters < 3 && !result.confidenceCaps.includes("few-voters")
      ? { voters: result.voters, confidence: result.confidence === "low" ? "low" : "medium" }
      : null;
  return { reason, fewVoters };
}

function tallyOf(framework: Framework, result: Result): TallyReason | null {
  const counts = framework.options
    .map((option) => ({ optionId: option.id, count: result.tally[option.id] ?? 0 }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
  const [top] = counts;
  if (!top) return null;
  if (counts.length === 1) {
    return { kind: "unanimous", recommended: top.optionId, voters: result.voters };
  }
  return { kind: "split", counts };
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

/** The reasons behind a result, as codes for lib/results/explanation.ts to word. */
export function explanationOf(framework: Framework, result: Result): Explanation {
  const every: EveryExplanation = {
    smallTeam: result.teamSize === 1 || result.teamSize === 2 ? result.teamSize : null,
    gaps: gapsOf(framework, result),
  };
  const [first, second] = result.ranking;
  if (result.recommended === null || !first) {
    const weightless = framework.criteria.every(({ id }) => result.weights[id] === 0);
    return {
      ...every,
      kind: "nothing-to-score",
      reason: weightless ? "all-weightless" : "no-votes",
    };
  }
  return {
    ...every,
    kind: "scored",
    winner: winnerReason(first, second),
    closeCall: closeCallReason(result),
    agenda: agendaOf(result),
    whatIfs: whatIfsOf(result),
    confidence: confidenceOf(result),
    leaveOneOut: result.voters >= 2 ? pivotalCount(result) : null,
    sureness: surenessOf(result),
    tally: tallyOf(framework, result),
    facts: framework.facts
      .filter((fact) => fact.appliesWhen && factApplies(fact.appliesWhen, result))
      .map((fact) => fact.id),
  };
}

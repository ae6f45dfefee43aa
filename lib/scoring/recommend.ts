import { explanationOf } from "./explanation";
import {
  createFitModel,
  fitOptions,
  FIT_TOLERANCE,
  rankFits,
  type FitModel,
  type OptionFit,
} from "./fit";
import type { Framework } from "./framework";
import type {
  Ballot,
  CloseCall,
  Confidence,
  ConfidenceCap,
  CriterionSummary,
  RankedOption,
  Recommendation,
  RecommendOptions,
} from "./recommendation";
import {
  flipsOf,
  groupVoters,
  leaveOneOutOf,
  ownChoicesOf,
  stabilityOf,
  voteFlipsOf,
} from "./robustness";
import { histogramOf, summarise } from "./statistics";
import { readScoringInput, validateFramework } from "./validate";

/** The runner-up must trail by strictly less than this many fit points for a close call. */
const CLOSE_CALL_MARGIN = 5;
const MIN_CONFIDENT_VOTERS = 3;

/**
 * High when the recommendation is stable and nobody disagrees, then capped at medium by too few
 * voters and (from contract 2 on) by a close call: a result that says "close call" cannot also
 * say "high confidence".
 */
function confidenceOf(
  stability: number,
  disputed: boolean,
  caps: Record<ConfidenceCap, boolean>,
): { confidence: Confidence; caps: ConfidenceCap[] } {
  if (stability >= 0.9 && !disputed) {
    const applied = (Object.keys(caps) as ConfidenceCap[]).filter((cap) => caps[cap]);
    return { confidence: applied.length > 0 ? "medium" : "high", caps: applied };
  }
  return { confidence: stability >= 0.6 ? "medium" : "low", caps: [] };
}

function toRanked(framework: Framework, model: FitModel, fit: OptionFit): RankedOption {
  const idAt = (position: number) => framework.criteria[model.criteria[position] ?? -1]?.id ?? "";
  const penalties: Record<string, number> = {};
  fit.penalties.forEach((penalty, position) => {
    if (penalty !== null) penalties[idAt(position)] = penalty;
  });
  return {
    optionId: framework.options[fit.option]?.id ?? "",
    fit: fit.fit,
    criticalGaps: fit.gaps.map(idAt),
    penalties,
  };
}

function closeCallOf(ranking: readonly RankedOption[]): CloseCall | null {
  const [first, second] = ranking;
  if (!first || !second || first.fit === null || second.fit === null) return null;
  if (first.criticalGaps.length !== second.criticalGaps.length) return null;
  const difference = first.fit - second.fit;
  // Fits within the tolerance are a tie, which must not show up as a tiny negative margin.
  const margin = difference <= FIT_TOLERANCE ? 0 : difference;
  // A margin of 5 can come out as 4.999999999999986 after floating-point sums; like fits,
  // margins within the tolerance of 5 count as 5, which is not strictly below it.
  if (margin >= CLOSE_CALL_MARGIN - FIT_TOLERANCE) return null;
  return { optionIds: [first.optionId, second.optionId], margin };
}

/**
 * Turns a workshop's ballots into a recommendation with its reasons (as codes, worded by
 * lib/results/explanation.ts), as specified in
 * docs/scoring.md. Throws a ScoringInputError for input it cannot score; never returns NaN.
 */
export function recommend(
  framework: Framework,
  ballots: readonly Ballot[],
  options?: RecommendOptions,
): Recommendation {
  validateFramework(framework);
  const input = readScoringInput(framework, ballots, options);
  const { criteria } = framework;
  const ballotCount = input.participantIds.length;

  const histograms = input.votes.map(histogramOf);
  const statistics = histograms.map(summarise);
  const activeIndices = criteria
    .map((_, i) => i)
    .filter((i) => (input.weights[i] ?? 0) > 0 && (statistics[i]?.n ?? 0) > 0);
  const activeIds = activeIndices.map((i) => criteria[i]?.id ?? "");

  const profile: Record<string, number | null> = {};
  const summaries: Record<string, CriterionSummary> = {};
  const weights: Record<string, number> = {};
  criteria.forEach((criterion, i) => {
    const summary = statistics[i] as CriterionSummary;
    summaries[criterion.id] = {
      ...summary,
      disputed: summary.disputed && activeIndices.includes(i),
    };
    profile[criterion.id] = summary.median;
    weights[criterion.id] = input.weights[i] ?? 1;
  });
  const disputed = activeIds.filter((id) => summaries[id]?.disputed);
  const tally: Record<string, number> = {};
  for (const option of framework.options) tally[option.id] = 0;

  const model = createFitModel(framework, activeIndices, input.weights);
  const activeSummaries = activeIndices.map((i) => statistics[i] as CriterionSummary);
  const teamValues = activeSummaries.map((summary) => summary.median ?? 0);
  const groups = groupVoters(
    activeIndices.map((i) => input.votes[i] as Uint8Array),
    ballotCount,
  );
  const voters = groups.reduce((sum, group) => sum + group.rows.length, 0);
  const { teamSize, contract } = input;

  const ranked = rankFits(fitOptions(model, teamValues));
  const winner = ranked[0]?.option ?? -1;
  if (winner < 0) {
    const result: Omit<Recommendation, "explanation"> = {
      frameworkId: framework.id,
      profile,
      summaries,
      weights,
      activeCriteria: [],
      voters,
      teamSize,
      contract,
      ranking: framework.options.map((option) => ({
        optionId: option.id,
        fit: null,
        criticalGaps: [],
        penalties: {},
      })),
      recommended: null,
      closeCall: null,
      stability: 0,
      stabilityCounts: { kept: 0, total: 0 },
      flips: [],
      voteFlips: [],
      leaveOneOut: input.anonymous ? { count: 0 } : [],
      tally,
      choices: {},
      confidence: "low",
      confidenceCaps: [],
      disputed,
    };
    return { ...result, explanation: explanationOf(framework, result) };
  }

  const ranking = ranked.map((fit) => toRanked(framework, model, fit));
  const stabilityCounts = stabilityOf(
    model,
    activeSummaries.map((s) => [s.q1 ?? 0, s.median ?? 0, s.q3 ?? 0]),
    winner,
  );
  const stability = stabilityCounts.kept / stabilityCounts.total;
  const flips = flipsOf(model, teamValues, winner).map((flip) => ({
    criterion: activeIds[flip.position] ?? "",
    to: flip.to,
    newRecommendation: framework.options[flip.winner]?.id ?? "",
  }));
  const voteFlips = voteFlipsOf(
    model,
    activeIndices.map((i) => histograms[i] ?? []),
    teamValues,
    winner,
  ).map(({ position, winner: other, ...move }) => ({
    criterion: activeIds[position] ?? "",
    ...move,
    newRecommendation: framework.options[other]?.id ?? "",
  }));

  const pivotal =
    voters >= 2
      ? leaveOneOutOf(
          model,
          activeIndices.map((i) => histograms[i] ?? []),
          groups,
          winner,
        )
      : [];
  const pivotalIds = pivotal.map((row) => input.participantIds[row] ?? "").sort();
  const choices: Record<string, string> = {};
  ownChoicesOf(model, teamValues, groups).forEach((option, group) => {
    const id = framework.options[option]?.id;
    if (id === undefined) return;
    const rows = groups[group]?.rows ?? [];
    tally[id] = (tally[id] ?? 0) + rows.length;
    if (!input.anonymous) {
      for (const row of rows) choices[input.participantIds[row] ?? ""] = id;
    }
  });

  const closeCall = closeCallOf(ranking);
  const { confidence, caps } = confidenceOf(stability, disputed.length > 0, {
    "few-voters": voters < MIN_CONFIDENT_VOTERS,
    "close-call": contract >= 2 && closeCall !== null,
  });
  const result: Omit<Recommendation, "explanation"> = {
    frameworkId: framework.id,
    profile,
    summaries,
    weights,
    activeCriteria: activeIds,
    voters,
    teamSize,
    contract,
    ranking,
    recommended: ranking[0]?.optionId ?? null,
    closeCall,
    stability,
    stabilityCounts,
    flips,
    voteFlips,
    leaveOneOut: input.anonymous ? { count: pivotalIds.length } : pivotalIds,
    tally,
    choices,
    confidence,
    confidenceCaps: caps,
    disputed,
  };
  return { ...result, explanation: explanationOf(framework, result) };
}

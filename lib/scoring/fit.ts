import type { CriterionKind, Framework } from "./framework";

/** Fits closer than this are equal, so rounding noise never decides a recommendation. */
export const FIT_TOLERANCE = 1e-9;
/** A shortfall of this size on a criterion that counts is a critical gap. */
export const CRITICAL_SHORTFALL = 2;
/** Getting more than needed costs a quarter of what falling short costs. */
const SURPLUS_COST = 0.25;
/** The largest penalty per unit of weight: a shortfall from 5 down to 1. */
const MAX_PENALTY = 4;

/**
 * Everything needed to score the options for a set of team values, prepared once per
 * recommendation so the robustness checks can re-score many variants cheaply.
 */
export interface FitModel {
  /** Framework indices of the active criteria; all other arrays follow this order. */
  criteria: number[];
  kinds: CriterionKind[];
  weights: number[];
  /** Per option (framework order), its profile value on each active criterion. */
  profiles: number[][];
}

export function createFitModel(
  framework: Framework,
  criteria: number[],
  weights: readonly number[],
): FitModel {
  const active = criteria.map((index) => framework.criteria[index]!);
  return {
    criteria,
    kinds: active.map((criterion) => criterion.kind),
    weights: criteria.map((index) => weights[index] ?? 0),
    profiles: framework.options.map((option) =>
      active.map((criterion) => option.profile[criterion.id] ?? 0),
    ),
  };
}

export function shortfallOf(kind: CriterionKind, team: number, profile: number): number {
  return Math.max(0, kind === "need" ? team - profile : profile - team);
}

export function penaltyOf(kind: CriterionKind, team: number, profile: number, weight: number) {
  const surplus = Math.max(0, kind === "need" ? profile - team : team - profile);
  return weight * (shortfallOf(kind, team, profile) + SURPLUS_COST * surplus);
}

export interface OptionFit {
  /** Framework index of the option. */
  option: number;
  fit: number;
  /** Positions (in the model's criteria) of the critical gaps. */
  gaps: number[];
  /** Per model criterion, the weighted penalty, or null where that criterion has no value. */
  penalties: (number | null)[];
}

/**
 * Scores every option against team values given per model criterion; a `null` value takes that
 * criterion out, as happens when leaving a voter out removes a criterion's only vote.
 * Returns nothing when no criterion is left to score.
 */
export function fitOptions(model: FitModel, values: readonly (number | null)[]): OptionFit[] {
  let totalWeight = 0;
  values.forEach((value, i) => {
    if (value !== null) totalWeight += model.weights[i] ?? 0;
  });
  if (totalWeight === 0) return [];
  return model.profiles.map((profile, option) => {
    let penalty = 0;
    const gaps: number[] = [];
    const penalties = values.map((team, i) => {
      if (team === null) return null;
      const kind = model.kinds[i] ?? "need";
      const weight = model.weights[i] ?? 0;
      const value = profile[i] ?? 0;
      const criterionPenalty = penaltyOf(kind, team, value, weight);
      if (weight > 0 && shortfallOf(kind, team, value) >= CRITICAL_SHORTFALL) gaps.push(i);
      penalty += criterionPenalty;
      return criterionPenalty;
    });
    return { option, fit: 100 * (1 - penalty / (MAX_PENALTY * totalWeight)), gaps, penalties };
  });
}

/** Fewest critical gaps first, then the higher fit, then framework order. */
export function compareFits(a: OptionFit, b: OptionFit): number {
  if (a.gaps.length !== b.gaps.length) return a.gaps.length - b.gaps.length;
  if (Math.abs(a.fit - b.fit) > FIT_TOLERANCE) return b.fit - a.fit;
  return a.option - b.option;
}

export function rankFits(fits: readonly OptionFit[]): OptionFit[] {
  return [...fits].sort(compareFits);
}

/** Framework index of the recommended option, or -1 when nothing can be scored. */
export function winnerOf(model: FitModel, values: readonly (number | null)[]): number {
  return rankFits(fitOptions(model, values))[0]?.option ?? -1;
}

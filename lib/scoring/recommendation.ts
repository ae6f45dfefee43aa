import type { Score } from "./framework";

/** One participant's votes; a missing criterion or `null` means "not sure". */
export interface Ballot {
  participantId: string;
  votes: Record<string, number | null>;
}

export interface RecommendOptions {
  /** Per criterion id, a number >= 0; missing criteria weigh 1 and weight 0 removes one. */
  weights?: Record<string, number>;
  /** People in the team, as the facilitator entered it; without it there is no small-team note. */
  teamSize?: number;
  /**
   * The scoring contract to follow (docs/scoring.md); the current one when not given. Only
   * frozen share links made under an earlier contract ask for it, to keep showing what they
   * froze.
   */
  contract?: ContractVersion;
  /** Anonymous workshops only learn how many voters the result hinges on, never who. */
  anonymous?: boolean;
}

export type Confidence = "high" | "medium" | "low";

/** Versions of the scoring contract; see docs/scoring.md for what changed in each. */
export type ContractVersion = 1 | 2;
export const SCORING_CONTRACT: ContractVersion = 2;

/** What kept the confidence from high although the votes alone would have allowed it. */
export type ConfidenceCap = "few-voters" | "close-call";

/** Statistics over the non-null votes on one criterion; `null` wherever undefined. */
export interface CriterionSummary {
  n: number;
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  q1: number | null;
  q3: number | null;
  iqr: number | null;
  rwg: number | null;
  ad: number | null;
  /** Count of votes per score. */
  histogram: Record<Score, number>;
  /** Whether the criterion is on the discussion agenda (only ever true for active criteria). */
  disputed: boolean;
}

export interface RankedOption {
  optionId: string;
  /** 0..100, or null while nothing can be scored. */
  fit: number | null;
  /** Criterion ids with a shortfall of 2 or more, in framework order. */
  criticalGaps: string[];
  /** Weighted penalty per active criterion. */
  penalties: Record<string, number>;
}

export interface CloseCall {
  optionIds: [string, string];
  /** Fit points between the recommendation and the runner-up. */
  margin: number;
}

export interface Flip {
  criterion: string;
  /** The nearest team value (in steps of 0.5) that changes the recommendation. */
  to: number;
  newRecommendation: string;
}

/** The same kind of change as a Flip, said in votes: `voters` people moving from one score to another. */
export interface VoteFlip {
  criterion: string;
  voters: number;
  from: number;
  to: number;
  newRecommendation: string;
}

export type LeaveOneOut = string[] | { count: number };

export interface Recommendation {
  frameworkId: string;
  /** Team value (median) per criterion id, null without votes. */
  profile: Record<string, number | null>;
  summaries: Record<string, CriterionSummary>;
  /** The weights in effect, per criterion id. */
  weights: Record<string, number>;
  /** Criteria that count: weight above 0 and at least one vote, in framework order. */
  activeCriteria: string[];
  /** Ballots with at least one vote on an active criterion. */
  voters: number;
  /** The team size the facilitator entered, or null. */
  teamSize: number | null;
  /** The contract the result follows. */
  contract: ContractVersion;
  /** Best first. */
  ranking: RankedOption[];
  recommended: string | null;
  closeCall: CloseCall | null;
  /** Share of quartile combinations that keep the recommendation, 0..1. */
  stability: number;
  /** The fraction behind `stability`, e.g. 72 of 81. */
  stabilityCounts: { kept: number; total: number };
  /** In framework order of their criteria. */
  flips: Flip[];
  /** Per criterion with a flip, the fewest votes that would have to move for it; in framework order. */
  voteFlips: VoteFlip[];
  /** Participant ids (sorted) or, in anonymous workshops, only how many. */
  leaveOneOut: LeaveOneOut;
  /** Per option id, how many voters would get it from their own votes alone. */
  tally: Record<string, number>;
  /**
   * Per voter's participant id, the option their own votes give (the tally, person by person);
   * empty in anonymous workshops, which only ever learn the counts.
   */
  choices: Record<string, string>;
  confidence: Confidence;
  /**
   * The caps that lowered the confidence from high to medium: fewer than three voters, or (from
   * contract 2 on) a close call. Empty when the votes themselves kept it below high.
   */
  confidenceCaps: ConfidenceCap[];
  /** Active criteria the team disagrees on, in framework order. */
  disputed: string[];
  /** The reasons behind the result, as codes and numbers (worded by lib/results/explanation.ts). */
  explanation: Explanation;
}

// The explanation as data: which sentence applies and what goes into it, decided by
// lib/scoring/explanation.ts and worded per language outside the library.

/** A number as a sentence shows it: already rounded to at most `decimals` decimals. */
export interface ShownNumber {
  value: number;
  decimals: number;
}

/** How the fits compare when fewer critical gaps decided the ranking. */
export type FitsBesideGaps =
  | { kind: "same"; fit: ShownNumber }
  | { kind: "higher"; fit: ShownNumber; runnerUpFit: ShownNumber }
  /** Higher by too little to show in three decimals. */
  | { kind: "higher-by-a-fraction" }
  | { kind: "lower"; fit: ShownNumber; runnerUpFit: ShownNumber }
  | { kind: "lower-by-a-fraction" };

/** Why the recommendation (`winner`, an option id) comes first; gaps are critical gaps counted. */
export type WinnerReason =
  | { kind: "only-option"; winner: string; fit: ShownNumber }
  | {
      kind: "fewer-gaps";
      winner: string;
      runnerUp: string;
      gaps: number;
      runnerUpGaps: number;
      fits: FitsBesideGaps;
    }
  /** Equal fits and gaps: the framework's order decides. */
  | { kind: "tie"; winner: string; runnerUp: string; fit: ShownNumber; gaps: number }
  /** A real lead too small to show in three decimals. */
  | {
      kind: "higher-by-a-fraction";
      winner: string;
      runnerUp: string;
      fit: ShownNumber;
      gaps: number;
    }
  | {
      kind: "higher-fit";
      winner: string;
      runnerUp: string;
      fit: ShownNumber;
      runnerUpFit: ShownNumber;
      gaps: number;
    };

/** One critical gap: the option's value on the criterion against the team's. */
export interface CriticalGap {
  optionId: string;
  criterion: string;
  profile: ShownNumber;
  team: ShownNumber;
}

export interface CloseCallReason {
  winner: string;
  runnerUp: string;
  /** How far behind the runner-up is: level, by too little to show, or `margin` points. */
  trail: "tie" | "by-a-fraction" | "points";
  margin: ShownNumber;
  /** Criteria on which the runner-up suits the team better; none: a hybrid of the two in general. */
  borrow: string[];
}

/** A disputed criterion on the agenda, with the lowest and the highest vote. */
export interface AgendaItem {
  criterion: string;
  min: number;
  max: number;
}

/** What would change the answer: votes moving ("two people from 4 to 2"), else the team's value. */
export type WhatIf =
  | {
      kind: "votes";
      criterion: string;
      voters: number;
      from: number;
      to: number;
      recommended: string;
    }
  | {
      kind: "team-value";
      criterion: string;
      to: ShownNumber;
      team: ShownNumber;
      recommended: string;
    };

/** How much a typical change of votes moves the answer. */
export type StabilityBand = "stable" | "fairly-stable" | "fragile";

export type ConfidenceReason =
  | { kind: "high"; stability: StabilityBand }
  | { kind: "low"; stability: StabilityBand }
  /** Medium although the votes allow high: the caps say why; `voters` for the few-voters cap. */
  | { kind: "capped"; stability: StabilityBand; caps: ConfidenceCap[]; voters: number }
  /** Medium because the team is split on these criteria, stable as the answer is. */
  | { kind: "split"; stability: StabilityBand; disputed: string[] }
  | { kind: "medium"; stability: StabilityBand };

export interface ConfidenceExplanation {
  reason: ConfidenceReason;
  /**
   * Fewer than three voted and no cap says so: how many did, and whether the confidence is low
   * anyway (then no cap to medium is what kept it from high).
   */
  fewVoters: { voters: number; confidence: "medium" | "low" } | null;
}

/** How sure the answer is, in a few words for the first screen. */
export type Sureness =
  /** Leaving out any one of `pivotal` ballots (of `voters`) changes the answer. */
  | { kind: "pivotal"; pivotal: number; voters: number }
  | { kind: "stability"; stability: StabilityBand };

/** What the voters would get from their own votes alone. */
export type TallyReason =
  | { kind: "unanimous"; recommended: string; voters: number }
  /** Most voters first. */
  | { kind: "split"; counts: { optionId: string; count: number }[] };

/** Parts every explanation has, whether or not anything could be scored. */
export interface EveryExplanation {
  /** The team size the facilitator entered, when it is one or two people. */
  smallTeam: 1 | 2 | null;
  /** Per option id, its critical gaps. */
  gaps: Record<string, CriticalGap[]>;
}

export interface NothingToScore extends EveryExplanation {
  kind: "nothing-to-score";
  reason: "all-weightless" | "no-votes";
}

export interface ScoredExplanation extends EveryExplanation {
  kind: "scored";
  winner: WinnerReason;
  closeCall: CloseCallReason | null;
  /** Weakest agreement first; empty when the team agrees. */
  agenda: AgendaItem[];
  /** Fewest votes first. */
  whatIfs: WhatIf[];
  confidence: ConfidenceExplanation;
  /** How many ballots would change the answer if each alone were left out; null below two voters. */
  leaveOneOut: number | null;
  sureness: Sureness;
  tally: TallyReason | null;
  /** Ids of the framework's facts whose condition holds. */
  facts: string[];
}

/**
 * The reasons behind a result, by topic, as codes and numbers in no language; lib/results/
 * explanation.ts words them.
 */
export type Explanation = NothingToScore | ScoredExplanation;

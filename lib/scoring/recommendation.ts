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
  /** Plain sentences, most important first. */
  explanation: string[];
}

export { recommend } from "./recommend";
export { factApplies, risksOf } from "./explanation";
export { ScoringInputError, validateFramework, MAX_WEIGHT } from "./validate";
export type { ScoringInputErrorCode } from "./validate";
// The number helpers are public, so that pages round their numbers the way the explanation
// does. None of them writes a word: sentences are made per language in lib/results.
export * from "./format";
export {
  FRAMEWORK_LIMITS,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  LANGUAGE_TAG_LENGTH,
  SCORES,
} from "./framework";
export { FIT_TOLERANCE } from "./fit";
export { SCORING_CONTRACT } from "./recommendation";
export type {
  Anchors,
  Criterion,
  CriterionKind,
  CriterionTexts,
  FactCondition,
  Framework,
  FrameworkFact,
  FrameworkOption,
  FrameworkTranslation,
  OptionTexts,
  ImplementationPath,
  Score,
  TradeOffRow,
} from "./framework";
export type {
  AgendaItem,
  Ballot,
  CloseCall,
  CloseCallReason,
  Confidence,
  ConfidenceCap,
  ConfidenceExplanation,
  ConfidenceReason,
  ContractVersion,
  CriterionSummary,
  CriticalGap,
  Explanation,
  FitsBesideGaps,
  Flip,
  VoteFlip,
  LeaveOneOut,
  NothingToScore,
  RankedOption,
  Recommendation,
  RecommendOptions,
  ScoredExplanation,
  ShownNumber,
  StabilityBand,
  Sureness,
  TallyReason,
  WhatIf,
  WinnerReason,
} from "./recommendation";

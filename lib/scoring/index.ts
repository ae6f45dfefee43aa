export { recommend } from "./recommend";
export { explanationParts, factApplies, risksOf } from "./explanation";
export type { ExplanationParts } from "./explanation";
export { ScoringInputError, validateFramework, MAX_WEIGHT } from "./validate";
export type { ScoringInputErrorCode } from "./validate";
// Every formatting helper is public: the results page words its numbers the way the scoring
// library's explanations do.
export * from "./format";
export { FRAMEWORK_LIMITS, ID_PATTERN, SCORES } from "./framework";
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
  Ballot,
  CloseCall,
  Confidence,
  ConfidenceCap,
  ContractVersion,
  CriterionSummary,
  Flip,
  VoteFlip,
  LeaveOneOut,
  RankedOption,
  Recommendation,
  RecommendOptions,
} from "./recommendation";

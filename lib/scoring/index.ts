export { recommend } from "./recommend";
export { explanationParts } from "./explanation";
export type { ExplanationParts } from "./explanation";
export { ScoringInputError, validateFramework, MAX_WEIGHT } from "./validate";
export type { ScoringInputErrorCode } from "./validate";
// Every formatting helper is public: the results page words its numbers the way the scoring
// library's explanations do.
export * from "./format";
export { SCORES } from "./framework";
export type {
  Anchors,
  Criterion,
  CriterionKind,
  FactCondition,
  Framework,
  FrameworkFact,
  FrameworkOption,
  ImplementationPath,
  Score,
  TradeOffRow,
} from "./framework";
export type {
  Ballot,
  CloseCall,
  Confidence,
  CriterionSummary,
  Flip,
  LeaveOneOut,
  RankedOption,
  Recommendation,
  RecommendOptions,
} from "./recommendation";

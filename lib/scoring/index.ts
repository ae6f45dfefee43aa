export { recommend } from "./recommend";
export { ScoringInputError, validateFramework, MAX_WEIGHT } from "./validate";
export type { ScoringInputErrorCode } from "./validate";
export { formatMargin, formatNumber, formatPercent } from "./format";
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

import {
  FRAMEWORK_LIMITS,
  ID_PATTERN,
  LANGUAGE_PATTERN,
  LANGUAGE_TAG_LENGTH,
  SCORES,
  type Framework,
} from "./framework";
import { SCORING_CONTRACT, type ContractVersion } from "./recommendation";

export type ScoringInputErrorCode =
  | "invalid-framework"
  | "invalid-ballots"
  | "invalid-ballot"
  | "invalid-participant"
  | "duplicate-participant"
  | "unknown-criterion"
  | "invalid-vote"
  | "invalid-options"
  | "invalid-weight"
  | "invalid-team-size";

/**
 * What is wrong with a framework's field, as a code an app can put in its reader's language
 * (lib/frameworks/schema.ts hands it on); the message stays English, for the command line.
 */
export type FrameworkProblemCode =
  | "required"
  | "not-a-list"
  | "not-an-object"
  | "too-few"
  | "too-many"
  | "invalid-id"
  | "duplicate"
  | "invalid-choice"
  | "out-of-range"
  | "not-a-score"
  | "unknown-criterion"
  | "unknown-option"
  | "bounds-need-criterion";

/** Bad input to the scoring library; `item` names what is wrong so the caller can point at it. */
export class ScoringInputError extends Error {
  override readonly name = "ScoringInputError";
  readonly code: ScoringInputErrorCode;
  readonly item: string;
  /** For an invalid framework: what is wrong with the field `item` names. */
  readonly problem: FrameworkProblemCode | undefined;

  constructor(
    code: ScoringInputErrorCode,
    item: string,
    message: string,
    problem?: FrameworkProblemCode,
  ) {
    super(`${item}: ${message}`);
    this.code = code;
    this.item = item;
    this.problem = problem;
  }
}

/** Large enough for any weighting scheme, small enough that weighted sums cannot overflow. */
export const MAX_WEIGHT = 1_000_000;

function isId(value: unknown): value is string {
  return (
    typeof value === "string" && value.length <= FRAMEWORK_LIMITS.idLength && ID_PATTERN.test(value)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function frameworkError(
  item: string,
  message: string,
  problem: FrameworkProblemCode,
): ScoringInputError {
  return new ScoringInputError("invalid-framework", item, message, problem);
}

function checkIds(items: readonly unknown[], what: string): string[] {
  const ids: string[] = [];
  // A plain loop, not forEach, so a hole in a sparse list is reported instead of skipped.
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const id = isRecord(item) ? item.id : undefined;
    if (!isId(id)) {
      throw frameworkError(
        `${what}[${index}]`,
        `needs an id of at most ${FRAMEWORK_LIMITS.idLength} letters, digits, - or _`,
        "invalid-id",
      );
    }
    if (ids.includes(id)) throw frameworkError(`${what} "${id}"`, "appears twice", "duplicate");
    ids.push(id);
  }
  return ids;
}

function checkTexts(value: Record<string, unknown>, keys: readonly string[], item: string): void {
  for (const key of keys) {
    if (!isText(value[key])) {
      throw frameworkError(`${item}.${key}`, "must be a non-empty text", "required");
    }
  }
}

function checkCriteria(criteria: unknown): string[] {
  if (!Array.isArray(criteria) || criteria.length === 0) {
    throw frameworkError("criteria", "must be a non-empty list", "too-few");
  }
  if (criteria.length > FRAMEWORK_LIMITS.criteria) {
    throw frameworkError("criteria", `must be at most ${FRAMEWORK_LIMITS.criteria}`, "too-many");
  }
  const ids = checkIds(criteria, "criterion");
  criteria.forEach((criterion: Record<string, unknown>, index) => {
    const item = `criterion "${ids[index]}"`;
    checkTexts(criterion, ["name", "help", "label", "shortfall"], item);
    if (criterion.kind !== "need" && criterion.kind !== "capacity") {
      throw frameworkError(`${item}.kind`, 'must be "need" or "capacity"', "invalid-choice");
    }
    const anchors = criterion.anchors;
    if (!isRecord(anchors) || !isText(anchors[1]) || !isText(anchors[5])) {
      throw frameworkError(`${item}.anchors`, "must describe at least scores 1 and 5", "required");
    }
    for (const [key, text] of Object.entries(anchors)) {
      if (!SCORES.some((score) => String(score) === key) || !isText(text)) {
        throw frameworkError(
          `${item}.anchors.${key}`,
          "must be a text for a score from 1 to 5",
          "not-a-score",
        );
      }
    }
  });
  return ids;
}

function checkOptions(options: unknown, criterionIds: readonly string[]): string[] {
  if (!Array.isArray(options) || options.length === 0) {
    throw frameworkError("options", "must be a non-empty list", "too-few");
  }
  if (options.length > FRAMEWORK_LIMITS.options) {
    throw frameworkError("options", `must be at most ${FRAMEWORK_LIMITS.options}`, "too-many");
  }
  const ids = checkIds(options, "option");
  options.forEach((option: Record<string, unknown>, index) => {
    const item = `option "${ids[index]}"`;
    checkTexts(option, ["name", "summary"], item);
    const profile = option.profile;
    if (!isRecord(profile)) throw frameworkError(`${item}.profile`, "is missing", "not-an-object");
    for (const key of Object.keys(profile)) {
      if (!criterionIds.includes(key)) {
        throw frameworkError(
          `${item}.profile.${key}`,
          "is not a criterion of this framework",
          "unknown-criterion",
        );
      }
    }
    for (const id of criterionIds) {
      const value = profile[id];
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 5) {
        throw frameworkError(
          `${item}.profile.${id}`,
          "must be a whole number from 1 to 5",
          "out-of-range",
        );
      }
    }
    if (option.implementation !== undefined) {
      if (!isRecord(option.implementation)) {
        throw frameworkError(`${item}.implementation`, "must be an object", "not-an-object");
      }
      checkTexts(
        option.implementation,
        ["pilot", "roles", "scaling", "review"],
        `${item}.implementation`,
      );
      const { owners } = option.implementation;
      if (
        owners !== undefined &&
        (!Array.isArray(owners) || owners.length === 0 || !owners.every(isText))
      ) {
        throw frameworkError(
          `${item}.implementation.owners`,
          "must be a non-empty list of texts",
          "too-few",
        );
      }
    }
    if (option.habitat !== undefined && !isText(option.habitat)) {
      throw frameworkError(`${item}.habitat`, "must be a non-empty text", "required");
    }
    for (const list of ["strengths", "weaknesses", "risks"]) {
      const value = option[list];
      if (value !== undefined && (!Array.isArray(value) || !value.every(isText))) {
        throw frameworkError(`${item}.${list}`, "must be a list of texts", "not-a-list");
      }
    }
  });
  return ids;
}

function checkTradeOffs(
  rows: unknown,
  optionIds: readonly string[],
  criterionIds: readonly string[],
): void {
  if (!Array.isArray(rows)) throw frameworkError("tradeOffs", "must be a list", "not-a-list");
  const ids = checkIds(rows, "trade-off row");
  rows.forEach((row: Record<string, unknown>, index) => {
    const item = `trade-off row "${ids[index]}"`;
    checkTexts(row, ["dimension"], item);
    const cells = row.cells;
    if (!isRecord(cells)) throw frameworkError(`${item}.cells`, "are missing", "not-an-object");
    for (const key of Object.keys(cells)) {
      if (!optionIds.includes(key)) {
        throw frameworkError(
          `${item}.cells.${key}`,
          "is not an option of this framework",
          "unknown-option",
        );
      }
    }
    checkTexts(cells, optionIds, `${item}.cells`);
    const criteria = row.criteria;
    if (criteria === undefined) return;
    if (
      !Array.isArray(criteria) ||
      !criteria.every((id) => typeof id === "string" && criterionIds.includes(id))
    ) {
      throw frameworkError(
        `${item}.criteria`,
        "must list criteria of this framework",
        "unknown-criterion",
      );
    }
  });
}

function checkFacts(facts: unknown, criterionIds: string[], optionIds: string[]): void {
  if (!Array.isArray(facts)) throw frameworkError("facts", "must be a list", "not-a-list");
  const ids = checkIds(facts, "fact");
  facts.forEach((fact: Record<string, unknown>, index) => {
    const item = `fact "${ids[index]}"`;
    checkTexts(fact, ["question", "answer"], item);
    const when = fact.appliesWhen;
    if (when === undefined) return;
    if (!isRecord(when)) {
      throw frameworkError(`${item}.appliesWhen`, "must be an object", "not-an-object");
    }
    if (when.recommended !== undefined && !optionIds.includes(when.recommended as string)) {
      throw frameworkError(`${item}.appliesWhen.recommended`, "is not an option", "unknown-option");
    }
    if (when.criterion !== undefined && !criterionIds.includes(when.criterion as string)) {
      throw frameworkError(
        `${item}.appliesWhen.criterion`,
        "is not a criterion",
        "unknown-criterion",
      );
    }
    const bounded = when.atMost !== undefined || when.atLeast !== undefined;
    if (bounded !== (when.criterion !== undefined)) {
      throw frameworkError(
        `${item}.appliesWhen`,
        "needs a criterion together with its bounds",
        "bounds-need-criterion",
      );
    }
    for (const bound of ["atMost", "atLeast"]) {
      const value = when[bound];
      if (value !== undefined && (typeof value !== "number" || !(value >= 1 && value <= 5))) {
        throw frameworkError(
          `${item}.appliesWhen.${bound}`,
          "must be a number from 1 to 5",
          "out-of-range",
        );
      }
    }
  });
}

/** Throws a ScoringInputError with code "invalid-framework" unless the framework is usable. */
export function validateFramework(framework: unknown): asserts framework is Framework {
  if (!isRecord(framework)) throw frameworkError("framework", "must be an object", "not-an-object");
  if (!isId(framework.id)) {
    throw frameworkError(
      "framework.id",
      `must be at most ${FRAMEWORK_LIMITS.idLength} letters, digits, - or _`,
      "invalid-id",
    );
  }
  checkTexts(framework, ["name", "question", "summary"], "framework");
  const criterionIds = checkCriteria(framework.criteria);
  const optionIds = checkOptions(framework.options, criterionIds);
  checkTradeOffs(framework.tradeOffs, optionIds, criterionIds);
  checkFacts(framework.facts, criterionIds, optionIds);
  if (framework.withoutDecision !== undefined && !isText(framework.withoutDecision)) {
    throw frameworkError("framework.withoutDecision", "must be a non-empty text", "required");
  }
  if (framework.smallTeamNote !== undefined && !isText(framework.smallTeamNote)) {
    throw frameworkError("framework.smallTeamNote", "must be a non-empty text", "required");
  }
  const { language, commonRisks } = framework;
  if (
    language !== undefined &&
    !(
      typeof language === "string" &&
      language.length <= LANGUAGE_TAG_LENGTH &&
      LANGUAGE_PATTERN.test(language)
    )
  ) {
    throw frameworkError(
      "framework.language",
      'must be a language tag such as "en" or "de"',
      "invalid-choice",
    );
  }
  if (commonRisks !== undefined && (!Array.isArray(commonRisks) || !commonRisks.every(isText))) {
    throw frameworkError("framework.commonRisks", "must be a list of texts", "not-a-list");
  }
}

/** The validated input in the form the computations want. */
export interface ScoringInput {
  participantIds: string[];
  /** Per criterion (framework order), per ballot: the score, or 0 for "not sure". */
  votes: Uint8Array[];
  /** Per criterion (framework order). */
  weights: number[];
  teamSize: number | null;
  anonymous: boolean;
  contract: ContractVersion;
}

function readWeights(framework: Framework, raw: unknown): number[] {
  if (raw === undefined) return framework.criteria.map(() => 1);
  if (!isRecord(raw)) {
    throw new ScoringInputError("invalid-weight", "weights", "must map criterion ids to numbers");
  }
  const known = new Set(framework.criteria.map((criterion) => criterion.id));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      throw new ScoringInputError(
        "unknown-criterion",
        `weight "${key}"`,
        `is not a criterion of ${framework.id}`,
      );
    }
  }
  return framework.criteria.map(({ id }) => {
    const weight = raw[id];
    if (weight === undefined) return 1;
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new ScoringInputError("invalid-weight", `weight "${id}"`, "must be a number >= 0");
    }
    if (weight > MAX_WEIGHT) {
      throw new ScoringInputError(
        "invalid-weight",
        `weight "${id}"`,
        `must be at most ${MAX_WEIGHT}`,
      );
    }
    // -0 passes the checks above but JSON writes it as 0; the result must survive a round trip.
    return weight === 0 ? 0 : weight;
  });
}

function readOptions(framework: Framework, raw: unknown, ballotCount: number) {
  if (raw === undefined) raw = {};
  if (!isRecord(raw)) {
    throw new ScoringInputError("invalid-options", "options", "must be an object");
  }
  const weights = readWeights(framework, raw.weights);
  const contract = (raw.contract ?? SCORING_CONTRACT) as ContractVersion;
  if (contract !== 1 && contract !== 2) {
    throw new ScoringInputError("invalid-options", "contract", "must be 1 or 2");
  }
  // Contract 1 took the number of ballots for a missing team size; contract 2 has none then.
  const teamSize = raw.teamSize ?? (contract === 1 ? ballotCount : null);
  if (
    teamSize !== null &&
    (typeof teamSize !== "number" || !Number.isSafeInteger(teamSize) || teamSize < 0)
  ) {
    throw new ScoringInputError("invalid-team-size", "teamSize", "must be a whole number >= 0");
  }
  const anonymous = raw.anonymous ?? false;
  if (typeof anonymous !== "boolean") {
    throw new ScoringInputError("invalid-options", "anonymous", "must be true or false");
  }
  // -0 into 0, as for the weights.
  return { weights, teamSize: teamSize === 0 ? 0 : teamSize, anonymous, contract };
}

/**
 * Checks ballots and options against a validated framework and converts the votes into one
 * compact column per criterion.
 */
export function readScoringInput(
  framework: Framework,
  ballots: unknown,
  options: unknown,
): ScoringInput {
  if (!Array.isArray(ballots)) {
    throw new ScoringInputError("invalid-ballots", "ballots", "must be a list of ballots");
  }
  const criterionIndex = new Map(framework.criteria.map((criterion, i) => [criterion.id, i]));
  const votes = framework.criteria.map(() => new Uint8Array(ballots.length));
  const participantIds: string[] = [];
  const seen = new Set<string>();

  // A plain loop, not forEach: forEach skips the holes of a sparse list, and the ballots after
  // a hole would then count in the medians but go missing as voters, in the tally and LOO.
  for (let row = 0; row < ballots.length; row++) {
    const ballot: unknown = ballots[row];
    if (!isRecord(ballot)) {
      throw new ScoringInputError("invalid-ballot", `ballots[${row}]`, "must be an object");
    }
    const id = ballot.participantId;
    if (typeof id !== "string" || id === "") {
      throw new ScoringInputError(
        "invalid-participant",
        `ballots[${row}].participantId`,
        "must be a non-empty text",
      );
    }
    if (seen.has(id)) {
      throw new ScoringInputError("duplicate-participant", `participant "${id}"`, "voted twice");
    }
    seen.add(id);
    participantIds.push(id);
    if (!isRecord(ballot.votes)) {
      throw new ScoringInputError(
        "invalid-ballot",
        `participant "${id}"`,
        "needs votes mapping criterion ids to scores",
      );
    }
    const ballotVotes = ballot.votes;
    // for...in spares an entries array per ballot; workshops may send thousands of ballots.
    for (const key in ballotVotes) {
      if (!Object.hasOwn(ballotVotes, key)) continue;
      const value = ballotVotes[key];
      const column = criterionIndex.get(key);
      if (column === undefined) {
        throw new ScoringInputError(
          "unknown-criterion",
          `participant "${id}", criterion "${key}"`,
          `is not a criterion of ${framework.id}`,
        );
      }
      if (value === null || value === undefined) continue;
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 5) {
        throw new ScoringInputError(
          "invalid-vote",
          `participant "${id}", criterion "${key}"`,
          "must be a whole number from 1 to 5, or null for not sure",
        );
      }
      (votes[column] as Uint8Array)[row] = value;
    }
  }

  return { participantIds, votes, ...readOptions(framework, options, ballots.length) };
}

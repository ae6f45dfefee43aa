/**
 * The shape of a decision framework. A framework is data, not code: the built-in one lives in
 * lib/frameworks, and custom decisions later use the same shape, so everything the scoring and
 * the explanation need to say about a criterion or an option has to be expressible here.
 */

/** Every criterion is scored on the same 1..5 scale. */
export type Score = 1 | 2 | 3 | 4 | 5;

export const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

/**
 * How many criteria and options a framework may have. Stability tries 3^k combinations of the
 * criteria's quartiles, so eight criteria (6,561) is where scoring stays instant; the results
 * page gives every option a colour, dash and symbol of its own for up to six.
 */
export const FRAMEWORK_LIMITS = { criteria: 8, options: 6, idLength: 64 } as const;

/**
 * Ids become object keys in the result, so they are restricted to slugs: that also rules out
 * keys such as "__proto__" that would silently misbehave in a plain object. Votes store a
 * criterion's id in a column of at most FRAMEWORK_LIMITS.idLength characters.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * The language a framework is written in, as a short language tag ("en", "de", "pt-BR"): what a
 * page puts in an HTML lang attribute around the framework's texts, so letters, digits and dashes
 * only, and at most LANGUAGE_TAG_LENGTH characters.
 */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const LANGUAGE_TAG_LENGTH = 35;

/**
 * A need is something the option must deliver (more is better for the team); a capacity is
 * something the option consumes (the team must have at least what the option asks for).
 */
export type CriterionKind = "need" | "capacity";

/** Both ends of the scale must be described; the middle levels are optional. */
export type Anchors = { 1: string; 5: string } & Partial<Record<2 | 3 | 4, string>>;

export interface Criterion {
  id: string;
  name: string;
  kind: CriterionKind;
  anchors: Anchors;
  /** Shown next to the scale while voting: what to think about, not what to answer. */
  help: string;
  /** Lower-case name used inside generated sentences, e.g. "iteration speed". */
  label: string;
  /**
   * How a critical shortfall reads in words. `{option}` becomes the option's name, `{profile}`
   * the option's value on this criterion and `{team}` the team's value, e.g.
   * "{option} needs platform engineering the team scored {team} of 5".
   */
  shortfall: string;
}

export interface ImplementationPath {
  pilot: string;
  roles: string;
  scaling: string;
  review: string;
  /**
   * The roles a decision for this option gives to named people, e.g. "Pipeline owner". The
   * decision record asks for one name per role; without them it asks for one owner.
   */
  owners?: string[];
}

export interface FrameworkOption {
  id: string;
  name: string;
  summary: string;
  /** The option's value on every criterion of the framework. */
  profile: Record<string, Score>;
  /** Where the option is usually found working well. */
  habitat?: string;
  strengths?: string[];
  weaknesses?: string[];
  implementation?: ImplementationPath;
  /** Full sentences; the explanation lists them for the recommended option. */
  risks?: string[];
}

export interface TradeOffRow {
  id: string;
  dimension: string;
  /** One cell per option id. */
  cells: Record<string, string>;
  /**
   * The criteria this dimension speaks to; the results page emphasises the row when the team
   * needs much of one of them or has little of it to give.
   */
  criteria?: string[];
}

/** Every given field must hold for the fact to apply; team values are medians. */
export interface FactCondition {
  recommended?: string;
  criterion?: string;
  atMost?: number;
  atLeast?: number;
}

export interface FrameworkFact {
  id: string;
  question: string;
  answer: string;
  /**
   * Facts with a condition are added to the explanation when it holds; facts without one are
   * reference material for the questions people usually ask.
   */
  appliesWhen?: FactCondition;
}

export interface Framework {
  id: string;
  name: string;
  /** The decision in one question, as the team would ask it. */
  question: string;
  summary: string;
  /** In display order. */
  criteria: Criterion[];
  /** In display order, which is also the last tie-breaker of the ranking. */
  options: FrameworkOption[];
  tradeOffs: TradeOffRow[];
  facts: FrameworkFact[];
  /** Risks of every option, in full sentences: listed after the recommended option's own. */
  commonRisks?: string[];
  /** Advice for a team of one or two people; a generic sentence is used when absent. */
  smallTeamNote?: string;
  /** What goes wrong while the team decides nothing, for leadership's brief. */
  withoutDecision?: string;
  /**
   * The language the texts above are written in, as a tag of LANGUAGE_PATTERN ("en", "de"). A
   * framework a team writes has this one language, its author's, and is shown as written to every
   * reader. Absent in the built-in frameworks, which are written in English, and in frameworks
   * saved before frameworks named their language (lib/frameworks/localise.ts).
   */
  language?: string;
  /**
   * The same texts in other languages, by language. Built-in frameworks carry them; scoring
   * never reads them (lib/frameworks/localise.ts puts them in place for a reader).
   */
  translations?: Record<string, FrameworkTranslation>;
}

/** The criterion texts one translation carries: every text of a criterion, none of its numbers. */
export type CriterionTexts = Pick<Criterion, "name" | "anchors" | "help" | "label" | "shortfall">;

/** The option texts one translation carries; `implementation` only where the option has one. */
export type OptionTexts = Pick<
  FrameworkOption,
  "name" | "summary" | "habitat" | "strengths" | "weaknesses" | "implementation" | "risks"
>;

/**
 * A framework's texts in one more language, by the ids of what they describe, so that the
 * numbers stay in one place and a translation cannot change a profile or a condition.
 */
export interface FrameworkTranslation {
  name: string;
  question: string;
  summary: string;
  commonRisks?: string[];
  smallTeamNote?: string;
  withoutDecision?: string;
  criteria: Record<string, CriterionTexts>;
  options: Record<string, OptionTexts>;
  tradeOffs: Record<string, Pick<TradeOffRow, "dimension" | "cells">>;
  facts: Record<string, Pick<FrameworkFact, "question" | "answer">>;
}

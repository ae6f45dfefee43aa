import { firstShortfalls, isFirstShortfall } from "@/lib/frameworks/shortfall";
import type { Framework, FrameworkFact, FrameworkOption, Score } from "@/lib/scoring";

// The framework editor's working copy. It differs from a framework where a form needs it to:
// profiles and trade-off cells are kept by position, so renaming a criterion or an option (and
// so its id) never loses a value; lists are edited as one entry per line; the implementation
// path is five plain fields, all blank meaning "none". definitionOf turns it back into the file
// format, which the scoring library's validateFramework then judges.

export type AnchorKey = "1" | "2" | "3" | "4" | "5";

export interface CriterionDraft {
  id: string;
  name: string;
  kind: "need" | "capacity";
  anchors: Record<AnchorKey, string>;
  help: string;
  label: string;
  shortfall: string;
}

export interface OptionDraft {
  id: string;
  name: string;
  summary: string;
  /** One value per criterion, in the criteria's order. */
  profile: Score[];
  habitat: string;
  strengths: string;
  weaknesses: string;
  risks: string;
  pilot: string;
  roles: string;
  scaling: string;
  review: string;
  owners: string;
}

export interface TradeOffDraft {
  id: string;
  dimension: string;
  /** One cell per option, in the options' order. */
  cells: string[];
  /** Kept from a template; the editor does not change it. */
  criteria?: string[];
}

export interface FactDraft {
  id: string;
  question: string;
  answer: string;
  /** Kept from a template; the editor does not change it. */
  appliesWhen?: FrameworkFact["appliesWhen"];
}

export interface FrameworkDraft {
  id: string;
  /** The one language every text is written in (a language tag: "en", "de"). */
  language: string;
  name: string;
  question: string;
  summary: string;
  withoutDecision: string;
  criteria: CriterionDraft[];
  options: OptionDraft[];
  tradeOffs: TradeOffDraft[];
  facts: FactDraft[];
  /** Kept from a template or a file; the editor does not change them. */
  commonRisks?: string[];
  smallTeamNote?: string;
}

/** The editor's limits on what an author writes (the scoring library allows 1 of each). */
export const EDITOR_LIMITS = { criteria: { min: 2, max: 8 }, options: { min: 2, max: 6 } };

/** A readable id from a name: lower case, digits and dashes. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
}

const lines = (list: readonly string[] | undefined) => (list ?? []).join("\n");
const listOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

/**
 * The editor's copy of `framework`. One saved before frameworks named their language is taken to
 * be in `language`, the author's: the editor shows that, and the next save records it.
 */
export function draftOf(framework: Framework, language: string): FrameworkDraft {
  return {
    id: framework.id,
    language: framework.language ?? language,
    name: framework.name,
    question: framework.question,
    summary: framework.summary,
    withoutDecision: framework.withoutDecision ?? "",
    criteria: framework.criteria.map((criterion) => ({
      id: criterion.id,
      name: criterion.name,
      kind: criterion.kind,
      anchors: {
        1: criterion.anchors[1],
        2: criterion.anchors[2] ?? "",
        3: criterion.anchors[3] ?? "",
        4: criterion.anchors[4] ?? "",
        5: criterion.anchors[5],
      },
      help: criterion.help,
      label: criterion.label,
      shortfall: criterion.shortfall,
    })),
    options: framework.options.map((option) => ({
      id: option.id,
      name: option.name,
      summary: option.summary,
      profile: framework.criteria.map((criterion) => option.profile[criterion.id] ?? 3),
      habitat: option.habitat ?? "",
      strengths: lines(option.strengths),
      weaknesses: lines(option.weaknesses),
      risks: lines(option.risks),
      pilot: option.implementation?.pilot ?? "",
      roles: option.implementation?.roles ?? "",
      scaling: option.implementation?.scaling ?? "",
      review: option.implementation?.review ?? "",
      owners: lines(option.implementation?.owners),
    })),
    tradeOffs: framework.tradeOffs.map((row) => ({
      id: row.id,
      dimension: row.dimension,
      cells: framework.options.map((option) => row.cells[option.id] ?? ""),
      ...(row.criteria && { criteria: row.criteria }),
    })),
    facts: framework.facts.map((fact) => ({
      id: fact.id,
      question: fact.question,
      answer: fact.answer,
      ...(fact.appliesWhen && { appliesWhen: fact.appliesWhen }),
    })),
    ...(framework.commonRisks && { commonRisks: framework.commonRisks }),
    ...(framework.smallTeamNote && { smallTeamNote: framework.smallTeamNote }),
  };
}

function optionOf(draft: OptionDraft, criteria: readonly CriterionDraft[]): FrameworkOption {
  const path = [draft.pilot, draft.roles, draft.scaling, draft.review, draft.owners];
  const owners = listOf(draft.owners);
  return {
    id: draft.id,
    name: draft.name,
    summary: draft.summary,
    profile: Object.fromEntries(criteria.map((criterion, i) => [criterion.id, draft.profile[i]])),
    ...(draft.habitat.trim() && { habitat: draft.habitat }),
    ...(listOf(draft.strengths).length > 0 && { strengths: listOf(draft.strengths) }),
    ...(listOf(draft.weaknesses).length > 0 && { weaknesses: listOf(draft.weaknesses) }),
    ...(listOf(draft.risks).length > 0 && { risks: listOf(draft.risks) }),
    // All five or none: a half-written path is named field by field, not dropped.
    ...(path.some((text) => text.trim() !== "") && {
      implementation: {
        pilot: draft.pilot,
        roles: draft.roles,
        scaling: draft.scaling,
        review: draft.review,
        ...(owners.length > 0 && { owners }),
      },
    }),
  } as FrameworkOption;
}

/** The draft in the file format, for validation, the preview and saving. */
export function definitionOf(draft: FrameworkDraft): Framework {
  const anchorsOf = (anchors: Record<AnchorKey, string>) =>
    Object.fromEntries(
      Object.entries(anchors).filter(([key, text]) => key === "1" || key === "5" || text.trim()),
    ) as Framework["criteria"][number]["anchors"];
  return {
    id: draft.id,
    language: draft.language,
    name: draft.name,
    question: draft.question,
    summary: draft.summary,
    criteria: draft.criteria.map((criterion) => ({
      ...criterion,
      anchors: anchorsOf(criterion.anchors),
    })),
    options: draft.options.map((option) => optionOf(option, draft.criteria)),
    tradeOffs: draft.tradeOffs.map((row) => ({
      id: row.id,
      dimension: row.dimension,
      cells: Object.fromEntries(draft.options.map((option, i) => [option.id, row.cells[i] ?? ""])),
      ...(row.criteria && {
        criteria: row.criteria.filter((id) => draft.criteria.some((c) => c.id === id)),
      }),
    })),
    facts: draft.facts.map((fact) => ({ ...fact })),
    ...(draft.withoutDecision.trim() && { withoutDecision: draft.withoutDecision }),
    ...(draft.commonRisks && { commonRisks: draft.commonRisks }),
    ...(draft.smallTeamNote && { smallTeamNote: draft.smallTeamNote }),
  };
}

/** A criterion to fill in, with the first wording of a critical gap in `language`. */
export function blankCriterion(language: string): CriterionDraft {
  return {
    id: "",
    name: "",
    kind: "need",
    anchors: { 1: "", 2: "", 3: "", 4: "", 5: "" },
    help: "",
    label: "",
    shortfall: firstShortfalls(language).need,
  };
}

export function blankOption(criteria: number): OptionDraft {
  return {
    id: "",
    name: "",
    summary: "",
    profile: Array.from({ length: criteria }, () => 3),
    habitat: "",
    strengths: "",
    weaknesses: "",
    risks: "",
    pilot: "",
    roles: "",
    scaling: "",
    review: "",
    owners: "",
  };
}

/**
 * Where a new framework starts: the smallest framework the editor allows, to be filled in, in
 * its author's language.
 */
export function blankDraft(language: string): FrameworkDraft {
  return {
    id: "",
    language,
    name: "",
    question: "",
    summary: "",
    withoutDecision: "",
    criteria: [blankCriterion(language), blankCriterion(language)],
    options: [blankOption(2), blankOption(2)],
    tradeOffs: [],
    facts: [],
  };
}

/**
 * A copy of a template for its new author: the template's own id is the built-in framework's,
 * so the copy gets one of its own.
 */
export function draftFromTemplate(template: Framework, language: string): FrameworkDraft {
  return { ...draftOf(template, language), id: `${template.id}-ours` };
}

/**
 * The draft in another language: first wordings the author has not changed follow it, and
 * everything they wrote stays as it is.
 */
export function inLanguage(draft: FrameworkDraft, language: string): FrameworkDraft {
  const first = firstShortfalls(language);
  return {
    ...draft,
    language,
    criteria: draft.criteria.map((criterion) =>
      isFirstShortfall(criterion.shortfall)
        ? { ...criterion, shortfall: first[criterion.kind] }
        : criterion,
    ),
  };
}

/** The draft with a new, blank criterion; every option gets a 3 on it to start with. */
export function withCriterion(draft: FrameworkDraft): FrameworkDraft {
  return {
    ...draft,
    criteria: [...draft.criteria, blankCriterion(draft.language)],
    options: draft.options.map((o) => ({ ...o, profile: [...o.profile, 3 as Score] })),
  };
}

/** The draft without criterion `index`, and without every option's value on it. */
export function withoutCriterion(draft: FrameworkDraft, index: number): FrameworkDraft {
  return {
    ...draft,
    criteria: draft.criteria.filter((_, i) => i !== index),
    options: draft.options.map((o) => ({ ...o, profile: o.profile.filter((_, i) => i !== index) })),
  };
}

/** The draft with a new, blank option, and an empty cell for it in every trade-off row. */
export function withOption(draft: FrameworkDraft): FrameworkDraft {
  return {
    ...draft,
    options: [...draft.options, blankOption(draft.criteria.length)],
    tradeOffs: draft.tradeOffs.map((row) => ({ ...row, cells: [...row.cells, ""] })),
  };
}

/** The draft without option `index`, and without its cell in every trade-off row. */
export function withoutOption(draft: FrameworkDraft, index: number): FrameworkDraft {
  return {
    ...draft,
    options: draft.options.filter((_, i) => i !== index),
    tradeOffs: draft.tradeOffs.map((row) => ({
      ...row,
      cells: row.cells.filter((_, i) => i !== index),
    })),
  };
}

import { recommend, type Framework } from "@/lib/scoring";

// Checks of a framework that validateFramework cannot make: a framework can be perfectly valid
// and still be a poor decision aid, with an option no team is ever sent to or a criterion that
// never changes the answer. The built-in frameworks must have no warnings (their tests say so);
// the framework editor shows them to whoever writes a framework of their own, in its reader's
// language: a warning is its kind and what it is about, never words.

export type FrameworkWarning =
  | { kind: "identical-profiles"; optionIds: [string, string] }
  /** `total`: the team profiles tried. */
  | { kind: "never-wins"; optionId: string; total: number }
  /** Recommended for `count` of the `total` team profiles tried (`share`). */
  | { kind: "rarely-wins"; optionId: string; share: number; count: number; total: number }
  | { kind: "criterion-without-effect"; criterionId: string };

/** Below this share of the team profiles tried, an option is reported as rarely recommended. */
export const RARE_WIN_SHARE = 0.02;

/**
 * The scores tried on each criterion: all five up to four criteria (625 profiles), then 1, 3 and
 * 5 (at most 729), then only 1 and 5 (at most 256). Each profile runs the whole of recommend(),
 * whose stability check alone tries 3^k combinations, so this keeps the check well under a
 * second for the framework editor.
 */
function levelsFor(count: number): number[] {
  if (count <= 4) return [1, 2, 3, 4, 5];
  if (count <= 6) return [1, 3, 5];
  return [1, 5];
}

function* profiles(count: number, levels: readonly number[]): Generator<number[]> {
  const indices = new Array<number>(count).fill(0);
  while (true) {
    yield indices.map((index) => levels[index] ?? 1);
    let position = count - 1;
    while (position >= 0 && indices[position] === levels.length - 1) {
      indices[position] = 0;
      position--;
    }
    if (position < 0) return;
    indices[position] = (indices[position] ?? 0) + 1;
  }
}

/**
 * How often each option is recommended when one voter scores every team profile of a grid
 * (see levelsFor), as counts per option id plus the number of profiles tried.
 */
export function winCounts(framework: Framework): { wins: Record<string, number>; total: number } {
  const wins = Object.fromEntries(framework.options.map((option) => [option.id, 0]));
  const ids = framework.criteria.map((criterion) => criterion.id);
  let total = 0;
  for (const values of profiles(ids.length, levelsFor(ids.length))) {
    const votes = Object.fromEntries(ids.map((id, i) => [id, values[i] ?? null]));
    const { recommended } = recommend(framework, [{ participantId: "team", votes }]);
    if (recommended !== null) wins[recommended] = (wins[recommended] ?? 0) + 1;
    total++;
  }
  return { wins, total };
}

/**
 * What makes a valid framework a weak one, for its author. The framework must already
 * pass validateFramework. Options with identical profiles can never be told apart (the later one
 * never wins); with distinct profiles every option wins at least where the team's profile is its
 * own, so "never wins" appears only beside a coarse grid, and "rarely wins" is the useful
 * signal: the option's corner of the scale is so small that hardly any team lands in it.
 */
export function frameworkWarnings(framework: Framework): FrameworkWarning[] {
  const warnings: FrameworkWarning[] = [];
  const { options, criteria } = framework;
  options.forEach((option, i) => {
    for (const other of options.slice(i + 1)) {
      if (criteria.every(({ id }) => option.profile[id] === other.profile[id])) {
        warnings.push({ kind: "identical-profiles", optionIds: [option.id, other.id] });
      }
    }
  });
  for (const criterion of criteria) {
    const values = new Set(options.map((option) => option.profile[criterion.id]));
    if (options.length > 1 && values.size === 1) {
      warnings.push({ kind: "criterion-without-effect", criterionId: criterion.id });
    }
  }
  const { wins, total } = winCounts(framework);
  for (const option of options) {
    const count = wins[option.id] ?? 0;
    const share = count / total;
    if (count === 0) {
      warnings.push({ kind: "never-wins", optionId: option.id, total });
    } else if (share < RARE_WIN_SHARE) {
      warnings.push({ kind: "rarely-wins", optionId: option.id, share, count, total });
    }
  }
  return warnings;
}

import { winnerOf, type FitModel } from "./fit";
import { countOf, medianOf, type Histogram } from "./statistics";

/**
 * How often the recommendation survives when each active criterion's team value moves to its
 * lower quartile, median or upper quartile. All 3^k combinations count, repeats included, so
 * equal quartiles are weighed by how many of the three choices they stand for.
 */
export function stabilityOf(
  model: FitModel,
  choices: readonly (readonly number[])[],
  winner: number,
): { kept: number; total: number } {
  const distinct = choices.map((values) => {
    const weighted = new Map<number, number>();
    for (const value of values) weighted.set(value, (weighted.get(value) ?? 0) + 1);
    return [...weighted];
  });
  let kept = 0;
  let total = 0;
  const values: number[] = [];
  const visit = (depth: number, multiplicity: number) => {
    if (depth === distinct.length) {
      total += multiplicity;
      if (winnerOf(model, values) === winner) kept += multiplicity;
      return;
    }
    for (const [value, count] of distinct[depth] ?? []) {
      values[depth] = value;
      visit(depth + 1, multiplicity * count);
    }
  };
  if (distinct.length > 0) visit(0, 1);
  return { kept, total };
}

const FLIP_STEP = 0.5;

/**
 * Per active criterion, the nearest team value on the 0.5 grid within 1..5 that changes the
 * recommendation while the other values stay put; at equal distance the lower value wins.
 */
export function flipsOf(
  model: FitModel,
  values: readonly number[],
  winner: number,
): { position: number; to: number; winner: number }[] {
  const flips: { position: number; to: number; winner: number }[] = [];
  values.forEach((team, position) => {
    const variant = [...values];
    for (let distance = FLIP_STEP; distance <= 4; distance += FLIP_STEP) {
      const candidates = [team - distance, team + distance].filter((v) => v >= 1 && v <= 5);
      for (const to of candidates) {
        variant[position] = to;
        const other = winnerOf(model, variant);
        if (other !== winner) {
          flips.push({ position, to, winner: other });
          return;
        }
      }
    }
  });
  return flips;
}

/**
 * Per active criterion, the smallest change of votes that changes the recommendation with every
 * other criterion as it is: how many of the people who gave one score would have to give another
 * instead. Fewest people first, then the smallest move, then the lower new score; none for a
 * criterion where no such move changes the answer.
 */
export function voteFlipsOf(
  model: FitModel,
  histograms: readonly Histogram[],
  values: readonly number[],
  winner: number,
): { position: number; voters: number; from: number; to: number; winner: number }[] {
  const flips: { position: number; voters: number; from: number; to: number; winner: number }[] =
    [];
  histograms.forEach((histogram, position) => {
    const variant = [...values];
    // With the other criteria fixed, the winner depends only on this criterion's median, which
    // takes a handful of values however many people voted: each is scored once.
    const winnerAt = new Map<number, number>();
    let best: (typeof flips)[number] | null = null;
    for (let from = 1; from <= 5; from++) {
      const given = histogram[from - 1] ?? 0;
      for (let to = 1; to <= 5; to++) {
        if (to === from) continue;
        for (let voters = 1; voters <= given; voters++) {
          if (
            best &&
            (voters > best.voters ||
              (voters === best.voters && Math.abs(to - from) >= Math.abs(best.to - best.from)))
          )
            break;
          const moved = [...histogram];
          moved[from - 1] = given - voters;
          moved[to - 1] = (moved[to - 1] ?? 0) + voters;
          const median = medianOf(moved) ?? values[position] ?? 0;
          let other = winnerAt.get(median);
          if (other === undefined) {
            variant[position] = median;
            other = winnerOf(model, variant);
            winnerAt.set(median, other);
          }
          if (other !== winner) {
            best = { position, voters, from, to, winner: other };
            break;
          }
        }
      }
    }
    if (best) flips.push(best);
  });
  return flips;
}

/** Voters who voted identically on the active criteria; they always change things together. */
export interface VoterGroup {
  /** Per model criterion: the shared vote, or 0 for "not sure". */
  votes: number[];
  /** Ballot rows. */
  rows: number[];
}

/**
 * Groups the voters by their vote vector on the model's criteria. There are at most 6^k
 * distinct vectors however many ballots there are, which keeps leave-one-out and the individual
 * tally independent of the team's size.
 */
export function groupVoters(columns: readonly Uint8Array[], ballotCount: number): VoterGroup[] {
  const groups = new Map<number | string, VoterGroup>();
  // A base-6 number is a cheaper key than a string while it stays exact (up to 20 criteria).
  const numericKeys = columns.length <= 20;
  for (let row = 0; row < ballotCount; row++) {
    let code = 0;
    for (const column of columns) code = code * 6 + (column[row] ?? 0);
    if (code === 0) continue;
    const key = numericKeys ? code : columns.map((column) => column[row] ?? 0).join();
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { votes: columns.map((column) => column[row] ?? 0), rows: [row] });
  }
  return [...groups.values()];
}

/** Ballot rows of the voters whose removal alone changes the recommendation. */
export function leaveOneOutOf(
  model: FitModel,
  histograms: readonly Histogram[],
  groups: readonly VoterGroup[],
  winner: number,
): number[] {
  const rows: number[] = [];
  for (const group of groups) {
    const values = histograms.map((histogram, i) => {
      const vote = group.votes[i] ?? 0;
      if (vote === 0) return medianOf(histogram);
      const without = [...histogram];
      without[vote - 1] = (without[vote - 1] ?? 0) - 1;
      return countOf(without) === 0 ? null : medianOf(without);
    });
    if (winnerOf(model, values) !== winner) rows.push(...group.rows);
  }
  return rows;
}

/**
 * Per voter group, the option (framework index) its voters would get from their own votes, a
 * "not sure" standing in for the team's value; -1 when nothing can be scored.
 */
export function ownChoicesOf(
  model: FitModel,
  teamValues: readonly number[],
  groups: readonly VoterGroup[],
): number[] {
  return groups.map((group) =>
    winnerOf(
      model,
      group.votes.map((vote, i) => (vote === 0 ? (teamValues[i] ?? 0) : vote)),
    ),
  );
}

import { recommend, type Ballot, type Framework, type Score } from "@/lib/scoring";

// The framework editor's sample result: a few typical teams run through recommend(), so an
// author sees how the options separate while writing. A team that looks like an option is three
// people who score its profile, one a point lower and one a point higher where the scale allows:
// a framework whose options are told apart sends that team to that option.

export interface SampleTeam {
  /** The option the team was made to look like; null for the team in the middle. */
  lookingLike: string | null;
  /** The recommendation for that team, best first, with fits. */
  ranking: { optionId: string; fit: number | null }[];
  recommended: string | null;
}

const clamp = (value: number): Score => Math.min(5, Math.max(1, value)) as Score;

function teamAround(framework: Framework, values: readonly number[]): Ballot[] {
  return [0, -1, 1].map((shift, person) => ({
    participantId: `sample-${person}`,
    votes: Object.fromEntries(
      framework.criteria.map((criterion, i) => [criterion.id, clamp((values[i] ?? 3) + shift)]),
    ),
  }));
}

/** One team per option, then a team of all 3s. The framework must be valid. */
export function sampleTeams(framework: Framework): SampleTeam[] {
  const teams = [
    ...framework.options.map((option) => ({
      lookingLike: option.id as string | null,
      values: framework.criteria.map((criterion) => option.profile[criterion.id] ?? 3),
    })),
    { lookingLike: null, values: framework.criteria.map(() => 3) },
  ];
  return teams.map(({ lookingLike, values }) => {
    const result = recommend(framework, teamAround(framework, values));
    return {
      lookingLike,
      ranking: result.ranking.map(({ optionId, fit }) => ({ optionId, fit })),
      recommended: result.recommended,
    };
  });
}

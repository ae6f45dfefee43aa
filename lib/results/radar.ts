/**
 * What the radar chart draws: one axis per criterion of the framework, in framework order, the
 * team's profile with the middle half of its votes, and each option's profile.
 */
export interface RadarView {
  axes: { id: string; name: string }[];
  /** Per axis, in the order of `axes`; null where nobody voted on the criterion. */
  team: { median: number | null; q1: number | null; q3: number | null }[];
  /** In framework order; `values` in the order of `axes`. */
  options: { id: string; name: string; values: number[]; recommended: boolean }[];
}

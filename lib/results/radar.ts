import type { CriterionKind } from "@/lib/scoring";

/**
 * What the radar chart draws: one axis per criterion of the framework, in framework order, the
 * team's profile with the middle half of its votes, and each option's profile.
 */
export interface RadarView {
  /** A need wants an option to reach the team's value; a capacity wants it to stay within. */
  axes: { id: string; name: string; kind: CriterionKind }[];
  /** Per axis, in the order of `axes`; null where nobody voted on the criterion. */
  team: { median: number | null; q1: number | null; q3: number | null }[];
  /** In framework order; `values` in the order of `axes`. */
  options: { id: string; name: string; values: number[]; recommended: boolean }[];
}

/** A radar needs three axes to enclose an area; with fewer, the dot plot shows the profile. */
export const MIN_RADAR_AXES = 3;

export function drawsRadar(radar: RadarView): boolean {
  return radar.axes.length >= MIN_RADAR_AXES;
}

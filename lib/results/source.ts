import type { Ballot, ContractVersion, Framework } from "@/lib/scoring";
import type { ParticipantRole } from "@/lib/workshops/roles";

// What the results are computed from, as lib/results/data.ts reads it. Plain data, so the view
// model and the CSV export stay pure and testable without a database.

export interface ResultsParticipant {
  id: string;
  /** null in anonymous workshops: the name never leaves the database. */
  displayName: string | null;
  /** null in anonymous workshops, where a rare role would name its holder. */
  role: ParticipantRole | null;
}

export interface Rationale {
  /** The participant's id; in anonymous workshops, their ballot's pseudonym in the round. */
  participantId: string;
  criterionId: string;
  score: number | null;
  text: string;
}

export interface RevealedRound {
  id: string;
  number: number;
  revealedAt: Date;
  /** The scoring contract the team saw this round's results under at the reveal. */
  revealedUnderContract: ContractVersion;
  /** One per participant with at least one answer, "not sure" included. */
  ballots: Ballot[];
  rationales: Rationale[];
}

export interface ResultsSource {
  workshop: {
    id: string;
    title: string;
    teamName: string;
    description: string | null;
    anonymous: boolean;
    teamSize: number | null;
    /** A live room (with a projector) or async (each before a deadline). */
    mode: "live" | "async";
    status: "open" | "closed";
  };
  /** The framework frozen into the workshop when it was created. */
  framework: Framework;
  /** Criterion id to weight as the facilitator set them; null when never set. */
  weights: Record<string, number> | null;
  /**
   * Everyone with a ballot in one of the rounds, in the order they joined; none in anonymous
   * workshops, whose ballots carry a pseudonym per round instead of a participant id.
   */
  participants: ResultsParticipant[];
  /** Revealed rounds, oldest first. */
  rounds: RevealedRound[];
  /** The workshop's newest round, revealed or not. */
  latestRound: { number: number; status: "open" | "revealed" | "closed" };
}

// A results source around hand-built rounds, for the tests of what is made from one (the view
// model, the CSV export): the workshop, on the built-in framework, is always the same.
import { mlLifecycle } from "@/lib/frameworks";
import type { Framework } from "@/lib/scoring";
import type { ResultsParticipant, ResultsSource, RevealedRound } from "./source";

export function resultsSource(source: {
  rounds: RevealedRound[];
  participants: ResultsParticipant[];
  anonymous: boolean;
  weights?: Record<string, number> | null;
  teamSize?: number | null;
  /** The built-in ml-lifecycle framework unless given. */
  framework?: Framework;
}): ResultsSource {
  return {
    workshop: {
      id: "11111111-1111-4111-8111-111111111111",
      title: "How should our models reach production?",
      teamName: "Fraud ML",
      description: null,
      anonymous: source.anonymous,
      teamSize: source.teamSize ?? null,
      mode: "live",
      status: "open",
    },
    framework: source.framework ?? mlLifecycle,
    weights: source.weights ?? null,
    participants: source.participants,
    rounds: source.rounds,
    latestRound: { number: source.rounds.at(-1)?.number ?? 1, status: "revealed" },
  };
}

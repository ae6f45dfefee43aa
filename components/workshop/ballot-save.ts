import type { ApiFailureCode } from "@/components/ui/failure-words";
import { callApi } from "./api";

export type VoteChoice = 1 | 2 | 3 | 4 | 5 | "unsure";

export type SaveProblem = "rate-limited" | "unreachable" | "refused";

export type SaveResult =
  | { ok: true }
  | {
      ok: false;
      /**
       * Why it was not saved. The ballot words "rate-limited" (too many saves, trying again) and
       * "unreachable" (offline or the server down, trying again) itself; "refused" shows the
       * words for the failure's `code`.
       */
      problem: SaveProblem;
      /** What the server (or the missing connection) said went wrong. */
      code: ApiFailureCode;
      locked: boolean;
      retryable: boolean;
      /** How long the server asked to wait before the next try (Retry-After), if it said. */
      retryAfterMs?: number;
    };

// Codes after which retrying cannot help: the ballot is closed for this round.
const LOCKING_CODES = new Set([
  "round-not-open",
  "deadline-passed",
  "workshop-closed",
  "participant-removed",
]);

// Codes after which the same save will work once the connection or the database is back, or
// once the participant's save rate limit has a new window (a script, or a stuck client, went
// over it).
const RETRYABLE_CODES = new Set(["offline", "unavailable", "rate-limited"]);

/**
 * Sends answers of one ballot to the server in one request (saved all or none); never throws,
 * so the ballot can always say what happened.
 */
export async function saveAnswers(ballot: {
  workshopId: string;
  roundId: string;
  answers: { criterionId: string; choice: VoteChoice; rationale: string }[];
}): Promise<SaveResult> {
  const result = await callApi(`/api/workshops/${ballot.workshopId}/votes`, "PUT", {
    roundId: ballot.roundId,
    answers: ballot.answers.map((answer) => ({
      criterionId: answer.criterionId,
      score: answer.choice === "unsure" ? null : answer.choice,
      rationale: answer.rationale.trim() === "" ? null : answer.rationale,
    })),
  });
  if (result.ok) return { ok: true };
  const retryable = RETRYABLE_CODES.has(result.code);
  return {
    ok: false,
    locked: LOCKING_CODES.has(result.code),
    retryable,
    problem:
      result.code === "rate-limited" ? "rate-limited" : retryable ? "unreachable" : "refused",
    code: result.code,
    ...(result.retryAfterSeconds !== undefined && {
      retryAfterMs: result.retryAfterSeconds * 1000,
    }),
  };
}

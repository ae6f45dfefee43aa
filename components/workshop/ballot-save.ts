import { callApi } from "./api";

export type VoteChoice = 1 | 2 | 3 | 4 | 5 | "unsure";

export type SaveResult = { ok: true } | { ok: false; message: string; locked: boolean };

// Codes after which retrying cannot help: the ballot is closed for this round.
const LOCKING_CODES = new Set(["round-not-open", "workshop-closed", "participant-removed"]);

/** Sends one answer to the server; never throws, so the ballot can always say what happened. */
export async function saveVote(vote: {
  workshopId: string;
  roundId: string;
  criterionId: string;
  choice: VoteChoice;
  rationale: string;
}): Promise<SaveResult> {
  const result = await callApi(`/api/workshops/${vote.workshopId}/votes`, "PUT", {
    roundId: vote.roundId,
    criterionId: vote.criterionId,
    score: vote.choice === "unsure" ? null : vote.choice,
    rationale: vote.rationale.trim() === "" ? null : vote.rationale,
  });
  if (result.ok) return { ok: true };
  return {
    ok: false,
    locked: LOCKING_CODES.has(result.code),
    message: result.code === "offline" ? `Not saved. ${result.message}` : result.message,
  };
}

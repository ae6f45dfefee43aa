import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { deriveParticipantHandle } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db/prisma";
import { oneRow } from "@/lib/db/rows";
import { authSecret } from "@/lib/env";
import type { ResultsOpening } from "@/lib/results/view-model";
import {
  participantRoleSchema,
  participantStatusSchema,
  nudgeRecipientsOf,
  progressInCurrentRound,
  roundStatusSchema,
  withoutStatus,
  workshopStatusSchema,
  type ParticipantStatus,
  type RoundStatus,
} from "./data";
import { GOVERNING_DEADLINE } from "./deadlines";
import type { ParticipantRole } from "./roles";

// What a live stream may show each kind of viewer, read in one query per workshop however many
// streams are open. Progress only, never a score: the facilitator learns who has voted (how many,
// in an anonymous workshop), a participant how many, a share-link viewer only that the results
// changed.

export type Audience = "facilitator" | "participant" | "share";

export interface LiveParticipant {
  /** An opaque handle (lib/auth/tokens.ts): participant ids never reach a browser. */
  handle: string;
  displayName: string;
  role: ParticipantRole;
  /** Null in an anonymous workshop: its facilitator sees how many have voted, never who. */
  status: ParticipantStatus | null;
}

export interface LiveRound {
  number: number;
  status: RoundStatus;
}

/** Everyone in the workshop sees these. */
export interface ParticipantLiveState {
  workshopStatus: "open" | "closed";
  round: LiveRound;
  counts: { joined: number; voted: number };
  /**
   * The deadline that governs the current round (ISO), as deadlines.ts findWorkshopDeadline
   * reads it; null when none does. A page that showed another one re-reads itself; one built
   * without it (undefined) shows no deadline and does not follow it.
   */
  deadline?: string | null;
  /**
   * Whether the round is revealed as soon as everyone has voted; pages built without it
   * (undefined) do not show it.
   */
  autoReveal?: boolean;
  /** Changes whenever revealed results change: a reveal, or new weights. */
  resultsVersion: string;
  /**
   * How the results open, while the current round is revealed (lib/results/live.ts): a phone
   * shows it the moment the reveal arrives, without asking the server for anything.
   */
  opening?: ResultsOpening;
}

export interface FacilitatorLiveState extends ParticipantLiveState {
  anonymous: boolean;
  participants: LiveParticipant[];
  /** How many people a nudge would e-mail now (data.ts peopleToNudge): a count, never who. */
  nudgeRecipients: number;
}

export interface ShareLiveState {
  resultsVersion: string;
}

export type LiveState = FacilitatorLiveState | ParticipantLiveState | ShareLiveState;

/** What the server reads: the facilitator's state, and who is in, which stays on the server. */
export interface WorkshopLiveState extends FacilitatorLiveState {
  /** Ids of the participants not removed: whose streams may go on. */
  participantIds: readonly string[];
}

/** readLiveState's one row. Read on every change of every open workshop, so parsed once. */
const liveStateRow = z.object({
  workshopStatus: workshopStatusSchema,
  anonymous: z.boolean(),
  autoReveal: z.boolean(),
  round: z.object({ number: z.number().int(), status: roundStatusSchema }),
  deadline: z.date().nullable(),
  revealed: z.array(z.number().int()),
  weights: z.record(z.string(), z.number()).nullable(),
  participants: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      role: participantRoleSchema,
      status: participantStatusSchema,
      reachable: z.boolean(),
    }),
  ),
});

/**
 * A short fingerprint of what the results show: which rounds are revealed and the weights. Pages
 * render with it, and a stream whose version differs tells them to re-read.
 */
export function resultsVersionOf(revealed: readonly number[], weights: unknown): string {
  return createHash("sha1")
    .update(JSON.stringify([revealed, weights ?? null]))
    .digest("base64url")
    .slice(0, 12);
}

/** The workshop's live state; null once the workshop is gone. */
export async function readLiveState(workshopId: string): Promise<WorkshopLiveState | null> {
  const row = await oneRow(
    "readLiveState",
    liveStateRow,
    prisma().$queryRaw`
    SELECT w.status::text AS "workshopStatus", w.anonymous, w.auto_reveal AS "autoReveal",
      w.weights,
      ${GOVERNING_DEADLINE} AS deadline,
      (SELECT json_build_object('number', r.number, 'status', r.status) FROM rounds r
        WHERE r.workshop_id = w.id ORDER BY r.number DESC LIMIT 1) AS round,
      (SELECT coalesce(json_agg(r.number ORDER BY r.number), '[]') FROM rounds r
        WHERE r.workshop_id = w.id AND r.revealed_at IS NOT NULL) AS revealed,
      (SELECT coalesce(json_agg(json_build_object('id', progress.id,
          'displayName', progress.display_name, 'role', progress.role, 'status', progress.status,
          'reachable', progress.reachable)
          ORDER BY progress.joined_at, progress.id), '[]')
        FROM (${progressInCurrentRound(workshopId)}) progress) AS participants
    FROM workshops w
    WHERE w.id = ${workshopId}::uuid`,
  );
  if (!row) return null;
  const secret = authSecret();
  return {
    workshopStatus: row.workshopStatus,
    anonymous: row.anonymous,
    round: row.round,
    deadline: row.deadline?.toISOString() ?? null,
    autoReveal: row.autoReveal,
    counts: {
      joined: row.participants.length,
      voted: row.participants.filter((participant) => participant.status === "voted").length,
    },
    resultsVersion: resultsVersionOf(row.revealed, row.weights),
    nudgeRecipients: nudgeRecipientsOf(row.participants),
    // Whether someone left an address stays on the server: only the count leaves it.
    participants: row.participants.map(({ id, displayName, role, status }) => ({
      handle: deriveParticipantHandle(secret, workshopId, id),
      displayName,
      role,
      status,
    })),
    participantIds: row.participants.map((participant) => participant.id),
  };
}

/** What the facilitator's browser may hold of the workshop's state: no participant ids. */
export function facilitatorState(state: WorkshopLiveState): FacilitatorLiveState {
  const {
    workshopStatus,
    anonymous,
    round,
    deadline,
    autoReveal,
    counts,
    resultsVersion,
    participants,
    nudgeRecipients,
  } = state;
  return {
    workshopStatus,
    anonymous,
    round,
    deadline,
    autoReveal,
    counts,
    resultsVersion,
    participants: anonymous ? withoutStatus(participants) : participants,
    nudgeRecipients,
  };
}

/** Narrows the workshop's state to what the audience may see. */
export function stateFor(audience: Audience, state: WorkshopLiveState): LiveState {
  if (audience === "facilitator") return facilitatorState(state);
  if (audience === "share") return { resultsVersion: state.resultsVersion };
  const { workshopStatus, round, deadline, autoReveal, counts, resultsVersion, opening } = state;
  return {
    workshopStatus,
    round,
    deadline,
    autoReveal,
    counts,
    resultsVersion,
    ...(opening && { opening }),
  };
}

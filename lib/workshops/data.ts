import "server-only";
import { z } from "zod";
import {
  deriveInviteToken,
  deriveJoinCode,
  deriveParticipantHandle,
  hashToken,
  joinCodeHash,
} from "@/lib/auth/tokens";
import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import { jsonTimestamp, oneRow, rows } from "@/lib/db/rows";
import { REACHABLE_BY_MAIL } from "@/lib/mail/recipients";
import { authSecret } from "@/lib/env";
import type { Anchors, CriterionKind } from "@/lib/scoring";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { participantRoles, type ParticipantRole } from "./roles";
import { isId, isToken, joinCodeSchema } from "@/lib/ids";
import type { Grant } from "@/lib/access/gate";

// Reads of the workshop domain. Each returns a plain object shaped for its caller: never a whole
// row, never a token hash or an e-mail address, and never a score or rationale of anyone but the
// caller (results after the reveal are issue 5's). The hot reads (resolveActor, the two views)
// are raw SQL so that each is one round trip; Prisma's nested selects would add one per relation.

// As raw SQL reads them (enums cast to text), for the row schemas of this feature's queries.
export const workshopStatusSchema = z.enum(["open", "closed"]);
export const roundStatusSchema = z.enum(["open", "revealed", "closed"]);
export const participantStatusSchema = z.enum(["not-started", "in-progress", "voted"]);
export const participantRoleSchema = z.enum(participantRoles);

export type WorkshopStatus = z.infer<typeof workshopStatusSchema>;
export type RoundStatus = z.infer<typeof roundStatusSchema>;
export type ParticipantStatus = z.infer<typeof participantStatusSchema>;

export interface WorkshopSummary {
  id: string;
  title: string;
  teamName: string;
  description: string | null;
  teamSize: number | null;
  mode: "live" | "async";
  deadline: Date | null;
  deadlineAction: "reveal" | "close";
  anonymous: boolean;
  /** Reveal the round as soon as everyone who joined has voted. */
  autoReveal: boolean;
  status: WorkshopStatus;
  framework: { id: string; name: string };
  createdAt: Date;
}

export interface RoundSummary {
  id: string;
  number: number;
  status: RoundStatus;
  openedAt: Date;
  revealedAt: Date | null;
  closedAt: Date | null;
}

export interface ParticipantProgress {
  /** An opaque handle (lib/auth/tokens.ts): participant ids never reach the facilitator's page. */
  handle: string;
  displayName: string;
  role: ParticipantRole;
  joinedAt: Date;
  /** Null in an anonymous workshop (withoutStatus). */
  status: ParticipantStatus | null;
}

export interface Counts {
  joined: number;
  voted: number;
}

export interface FacilitatorView {
  workshop: WorkshopSummary;
  inviteToken: string;
  /** The invite in six characters to type; null for a workshop made before join codes. */
  joinCode: string | null;
  currentRound: RoundSummary;
  /** Oldest first. */
  rounds: RoundSummary[];
  /** Participants not removed, in the order they joined, with their progress in the current round. */
  participants: ParticipantProgress[];
  counts: Counts;
  /** How many people a nudge (./nudge.ts) would e-mail now: a count, also when anonymous. */
  nudgeRecipients: number;
}

export interface BallotCriterion {
  id: string;
  name: string;
  kind: CriterionKind;
  anchors: Anchors;
  help: string;
}

export interface OwnVote {
  criterionId: string;
  /** null is "not sure". */
  score: number | null;
  rationale: string | null;
}

export interface BallotView {
  workshop: { id: string; title: string; teamName: string; description: string | null };
  criteria: BallotCriterion[];
  /**
   * The language the criteria are written in: the reader's where the framework carries it, else
   * the one the framework names (none for one saved before frameworks named their language).
   */
  criteriaLanguage: string | null;
  round: { id: string; number: number; status: RoundStatus };
  votes: OwnVote[];
  /**
   * Where this ballot stands, as every count sees it. In a round after the first, `votes` may
   * hold the previous round's answers while this is still "not-started": they count once kept
   * or changed.
   */
  status: ParticipantStatus;
  counts: Counts;
  workshopStatus: WorkshopStatus;
  /** Whether the round is revealed as soon as everyone has voted. */
  autoReveal: boolean;
  /** False once the round is revealed or closed, or the workshop closed. */
  editable: boolean;
}

export interface InvitedWorkshop {
  id: string;
  title: string;
  teamName: string;
  description: string | null;
  mode: "live" | "async";
  deadline: Date | null;
  anonymous: boolean;
  status: WorkshopStatus;
}

export interface OwnedWorkshop {
  id: string;
  title: string;
  teamName: string;
  mode: "live" | "async";
  status: WorkshopStatus;
  createdAt: Date;
  currentRound: { number: number; status: RoundStatus } | null;
  participants: number;
}

/**
 * The generation the current invite token is derived from: creation until the first rotation.
 * mutations.ts stores the hash of exactly this token.
 */
export function inviteGeneration(workshop: {
  createdAt: Date;
  inviteRotatedAt: Date | null;
}): Date {
  return workshop.inviteRotatedAt ?? workshop.createdAt;
}

/** What the join page shows of the workshop an invite link or join code leads to. */
const invitedWorkshopSelect = {
  id: true,
  title: true,
  teamName: true,
  description: true,
  mode: true,
  deadline: true,
  anonymous: true,
  status: true,
} as const satisfies Prisma.WorkshopSelect;

/** The workshop behind an invite link, for the join page; null for unknown or rotated links. */
export async function findWorkshopByInviteToken(token: string): Promise<InvitedWorkshop | null> {
  if (!isToken(token)) return null;
  return prisma().workshop.findUnique({
    where: { inviteTokenHash: hashToken(token) },
    select: invitedWorkshopSelect,
  });
}

/**
 * The open workshop a join code stands for, with its current invite token for the join page;
 * null for unknown or replaced codes and for closed workshops, which nobody can join.
 */
export async function findWorkshopByJoinCode(
  typed: string,
): Promise<(InvitedWorkshop & { inviteToken: string }) | null> {
  const code = joinCodeSchema.safeParse(typed);
  if (!code.success) return null;
  const workshop = await prisma().workshop.findUnique({
    where: { joinCodeHash: joinCodeHash(authSecret(), code.data), status: "open" },
    select: { ...invitedWorkshopSelect, createdAt: true, inviteRotatedAt: true },
  });
  if (!workshop) return null;
  const { createdAt, inviteRotatedAt, ...invited } = workshop;
  return {
    ...invited,
    inviteToken: deriveInviteToken(
      authSecret(),
      workshop.id,
      inviteGeneration({ createdAt, inviteRotatedAt }),
    ),
  };
}

/**
 * Whether this guest token belongs to someone the facilitator removed from the workshop, so
 * the invite link does not quietly let the same device back in.
 */
export async function isRemovedGuest(workshopId: string, guestToken: string): Promise<boolean> {
  if (!isId(workshopId) || !isToken(guestToken)) return false;
  const removed = await prisma().participant.findFirst({
    where: { workshopId, guestTokenHash: hashToken(guestToken), removedAt: { not: null } },
    select: { id: true },
  });
  return removed !== null;
}

/** A facilitator link's capability if it exists and is not revoked. */
export async function findFacilitatorCapability(
  token: string,
): Promise<{ capabilityId: string; workshopId: string } | null> {
  if (!isToken(token)) return null;
  const capability = await prisma().facilitatorCapability.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, workshopId: true, revokedAt: true },
  });
  if (!capability || capability.revokedAt) return null;
  return { capabilityId: capability.id, workshopId: capability.workshopId };
}

/**
 * Each active participant's progress in the workshop's current round, as the database's
 * round_ballots defines it (migration 20261204200000_ballot_status): the one meaning of "voted"
 * that every page, mail and the results share.
 */
export function progressInCurrentRound(workshopId: string): Prisma.Sql {
  // reachable: whether a nudge would reach them; read on the server only, never sent.
  return Prisma.sql`
    SELECT p.id, p.display_name, p.role, p.joined_at, b.status, ${REACHABLE_BY_MAIL} AS reachable
    FROM (
      SELECT r.id FROM rounds r WHERE r.workshop_id = ${workshopId}::uuid
      ORDER BY r.number DESC LIMIT 1
    ) current_round
    CROSS JOIN LATERAL round_ballots(current_round.id) b
    JOIN participants p ON p.id = b.participant_id
    WHERE p.removed_at IS NULL`;
}

/**
 * SQL: the people a nudge would e-mail now: in the workshop's current round, not voted (the one
 * meaning of it, round_ballots) and reachable by mail.
 */
export function peopleToNudge(workshopId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT progress.id FROM (${progressInCurrentRound(workshopId)}) progress
    WHERE progress.status <> 'voted' AND progress.reachable`;
}

/** How many of the current round's people a nudge would e-mail, from their progress rows. */
export function nudgeRecipientsOf(
  progress: readonly { status: ParticipantStatus; reachable: boolean }[],
): number {
  return progress.filter((person) => person.status !== "voted" && person.reachable).length;
}

/**
 * Who joined, without who has voted: what an anonymous workshop's facilitator sees. Knowing who
 * voted would let them wait until only one chosen person had, beside ballots of their own making,
 * and read that person's answers at the reveal.
 */
export function withoutStatus<P extends { status: ParticipantStatus | null }>(people: P[]): P[] {
  return people.map((person) => ({ ...person, status: null }));
}

/** A round as json_build_object gives it: its times are parsed from JSON's ISO text. */
const roundRow = z.object({
  id: z.string(),
  number: z.number().int(),
  status: roundStatusSchema,
  openedAt: jsonTimestamp,
  revealedAt: jsonTimestamp.nullable(),
  closedAt: jsonTimestamp.nullable(),
}) satisfies z.ZodType<RoundSummary>;

/** getFacilitatorView's workshop, with its rounds. */
const facilitatorViewRow = z.object({
  id: z.string(),
  title: z.string(),
  teamName: z.string(),
  description: z.string().nullable(),
  teamSize: z.number().int().nullable(),
  mode: z.enum(["live", "async"]),
  deadline: z.date().nullable(),
  deadlineAction: z.enum(["reveal", "close"]),
  anonymous: z.boolean(),
  autoReveal: z.boolean(),
  status: workshopStatusSchema,
  frameworkId: z.string(),
  frameworkName: z.string(),
  createdAt: z.date(),
  inviteRotatedAt: z.date().nullable(),
  hasJoinCode: z.boolean(),
  rounds: z.array(roundRow),
});

/** getFacilitatorView's participants, with their progress. */
const participantProgressRow = z.object({
  id: z.string(),
  displayName: z.string(),
  role: participantRoleSchema,
  joinedAt: z.date(),
  status: participantStatusSchema,
  reachable: z.boolean(),
});

/**
 * What the facilitator's page shows: who has joined and who has voted, never what. The invite
 * token is derived again from the server secret, so the link can be shown on any device.
 */
export async function getFacilitatorView(
  grant: Grant<"facilitator-view.view">,
  locale: Locale = DEFAULT_LOCALE,
): Promise<FacilitatorView> {
  const { workshopId } = grant;
  const row = await oneRow(
    "getFacilitatorView",
    facilitatorViewRow,
    prisma().$queryRaw`
    SELECT w.id, w.title, w.team_name AS "teamName", w.description, w.team_size AS "teamSize",
      w.mode::text AS mode, w.deadline, w.deadline_action::text AS "deadlineAction", w.anonymous,
      w.auto_reveal AS "autoReveal", w.status::text AS status, w.framework_id AS "frameworkId",
      coalesce(w.framework -> 'translations' -> ${locale}::text ->> 'name', w.framework ->> 'name')
        AS "frameworkName", w.created_at AS "createdAt",
      w.invite_rotated_at AS "inviteRotatedAt", w.join_code_hash IS NOT NULL AS "hasJoinCode",
      (SELECT json_agg(json_build_object('id', r.id, 'number', r.number, 'status', r.status,
          'openedAt', r.opened_at, 'revealedAt', r.revealed_at, 'closedAt', r.closed_at)
          ORDER BY r.number)
        FROM rounds r WHERE r.workshop_id = w.id) AS rounds
    FROM workshops w
    WHERE w.id = ${workshopId}::uuid`,
  );
  if (!row) throw new AppError("not-found");

  const progress = await rows(
    "getFacilitatorView participants",
    participantProgressRow,
    prisma().$queryRaw`
    SELECT progress.id, progress.display_name AS "displayName", progress.role::text AS role,
      progress.joined_at AS "joinedAt", progress.status, progress.reachable
    FROM (${progressInCurrentRound(workshopId)}) progress
    ORDER BY progress.joined_at, progress.id`,
  );
  const secret = authSecret();
  // Whether someone left an address stays on the server: only the count leaves it.
  const everyone = progress.map(({ id, displayName, role, joinedAt, status }) => ({
    handle: deriveParticipantHandle(secret, workshopId, id),
    displayName,
    role,
    joinedAt,
    status,
  }));
  const participants = row.anonymous ? withoutStatus(everyone) : everyone;

  const { frameworkId, frameworkName, inviteRotatedAt, hasJoinCode, rounds, ...summary } = row;
  const generation = inviteGeneration({ createdAt: summary.createdAt, inviteRotatedAt });
  const currentRound = rounds.at(-1);
  // Every workshop is created with its first round, and rounds are never deleted on their own.
  if (!currentRound) throw new Error(`Workshop ${workshopId} has no round.`);
  return {
    workshop: { ...summary, framework: { id: frameworkId, name: frameworkName } },
    inviteToken: deriveInviteToken(authSecret(), workshopId, generation),
    joinCode: hasJoinCode ? deriveJoinCode(authSecret(), workshopId, generation) : null,
    currentRound,
    rounds,
    participants,
    counts: {
      joined: participants.length,
      voted: everyone.filter((participant) => participant.status === "voted").length,
    },
    nudgeRecipients: nudgeRecipientsOf(progress),
  };
}

/** The criteria of the frozen framework, as much of each as a ballot shows. */
const ballotCriterionRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["need", "capacity"]),
  anchors: z.object({
    1: z.string(),
    2: z.string().optional(),
    3: z.string().optional(),
    4: z.string().optional(),
    5: z.string(),
  }),
  help: z.string(),
}) satisfies z.ZodType<BallotCriterion>;

/** A criterion's words in the reader's language, from the frozen framework's translations. */
const ballotCriterionWords = ballotCriterionRow.omit({ id: true, kind: true });

/** getBallotView's one row: the workshop, the current round, the own answers and the counts. */
const ballotViewRow = z.object({
  title: z.string(),
  teamName: z.string(),
  description: z.string().nullable(),
  workshopStatus: workshopStatusSchema,
  autoReveal: z.boolean(),
  criteria: z.array(ballotCriterionRow),
  criteriaWords: z.record(z.string(), ballotCriterionWords).nullable(),
  language: z.string().nullable(),
  roundId: z.string(),
  roundNumber: z.number().int(),
  roundStatus: roundStatusSchema,
  removed: z.boolean(),
  status: participantStatusSchema,
  votes: z.array(
    z.object({
      criterionId: z.string(),
      score: z.number().int().nullable(),
      rationale: z.string().nullable(),
    }),
  ) satisfies z.ZodType<OwnVote[]>,
  joined: z.number().int(),
  voted: z.number().int(),
});

/**
 * The grant holder's own ballot in the current round, with the criteria of the workshop's frozen
 * framework and the room's counts. Throws participant-removed when they were removed since the
 * grant was made.
 */
export async function getBallotView(
  grant: Grant<"ballot.view">,
  locale: Locale = DEFAULT_LOCALE,
): Promise<BallotView> {
  const { workshopId } = grant;
  const { participantId } = grant.actor;
  const row = await oneRow(
    "getBallotView",
    ballotViewRow,
    prisma().$queryRaw`
    WITH current_round AS (
      SELECT id, number, status FROM rounds
      WHERE workshop_id = ${workshopId}::uuid
      ORDER BY number DESC
      LIMIT 1
    ), counts AS (
      SELECT count(*)::int AS joined, (count(*) FILTER (WHERE status = 'voted'))::int AS voted
      FROM (${progressInCurrentRound(workshopId)}) progress
    )
    SELECT w.title, w.team_name AS "teamName", w.description, w.status::text AS "workshopStatus",
      w.auto_reveal AS "autoReveal", w.framework -> 'criteria' AS criteria,
      w.framework -> 'translations' -> ${locale}::text -> 'criteria' AS "criteriaWords",
      w.framework ->> 'language' AS language,
      cr.id AS "roundId", cr.number AS "roundNumber", cr.status::text AS "roundStatus",
      p.removed_at IS NOT NULL AS removed, ballot_status(cr.id, p.id) AS status,
      (SELECT coalesce(json_agg(json_build_object('criterionId', v.criterion_id,
          'score', v.score, 'rationale', v.rationale)), '[]')
        FROM votes v WHERE v.round_id = cr.id AND v.participant_id = p.id) AS votes,
      counts.joined, counts.voted
    FROM workshops w
    JOIN participants p ON p.workshop_id = w.id AND p.id = ${participantId}::uuid
    CROSS JOIN current_round cr
    CROSS JOIN counts
    WHERE w.id = ${workshopId}::uuid`,
  );
  if (!row) throw new AppError("not-found");
  if (row.removed) throw new AppError("participant-removed");

  return {
    workshop: {
      id: workshopId,
      title: row.title,
      teamName: row.teamName,
      description: row.description,
    },
    // The row schema keeps only what a ballot shows of each criterion, in the reader's language
    // where the framework carries it (lib/frameworks/localise.ts), else as written.
    criteria: row.criteria.map((criterion) => ({
      ...criterion,
      ...row.criteriaWords?.[criterion.id],
    })),
    criteriaLanguage: row.criteriaWords ? locale : row.language,
    round: { id: row.roundId, number: row.roundNumber, status: row.roundStatus },
    votes: row.votes,
    status: row.status,
    counts: { joined: row.joined, voted: row.voted },
    workshopStatus: row.workshopStatus,
    autoReveal: row.autoReveal,
    editable: row.workshopStatus === "open" && row.roundStatus === "open",
  };
}

/** The signed-in user's workshops, newest first. */
export async function listWorkshopsOwnedBy(userId: string): Promise<OwnedWorkshop[]> {
  if (!isId(userId)) return [];
  const workshops = await prisma().workshop.findMany({
    where: { ownerId: userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      teamName: true,
      mode: true,
      status: true,
      createdAt: true,
      rounds: { orderBy: { number: "desc" }, take: 1, select: { number: true, status: true } },
      _count: { select: { participants: { where: { removedAt: null } } } },
    },
  });
  return workshops.map(({ rounds, _count, ...workshop }) => ({
    ...workshop,
    currentRound: rounds[0] ?? null,
    participants: _count.participants,
  }));
}

/** A workshop a browser facilitates by its link that no account owns yet. */
export interface ClaimableWorkshop {
  id: string;
  title: string;
  teamName: string;
}

/**
 * The unowned workshops the browser holding `starterKey` started: what signing in there offers
 * to add to the account, newest first, at most `limit` of them.
 */
export async function findClaimableWorkshops(
  starterKey: string | undefined,
  limit: number,
): Promise<ClaimableWorkshop[]> {
  if (starterKey === undefined || !isToken(starterKey)) return [];
  return prisma().workshop.findMany({
    where: { ownerId: null, startedInBrowserHash: hashToken(starterKey) },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, title: true, teamName: true },
  });
}

/** A participant handle's form: 22 base64url characters (lib/auth/tokens.ts). */
export const participantHandleSchema = /^[A-Za-z0-9_-]{22}$/;

/**
 * The participant of the grant's workshop (removed ones included) whose handle, parsed by the
 * route with participantHandleSchema, the facilitator's page sent, or null. A workshop has at most a few hundred participants, so each handle is derived
 * again rather than stored.
 */
export async function findParticipantByHandle(
  grant: Grant<"participant.remove">,
  handle: string,
): Promise<string | null> {
  const { workshopId } = grant;
  const participants = await prisma().participant.findMany({
    where: { workshopId },
    select: { id: true },
  });
  const secret = authSecret();
  return (
    participants.find(({ id }) => deriveParticipantHandle(secret, workshopId, id) === handle)?.id ??
    null
  );
}

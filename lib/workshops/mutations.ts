import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  deriveInviteToken,
  deriveJoinCode,
  deriveUnsubscribeToken,
  hashToken,
  joinCodeHash,
  newToken,
} from "@/lib/auth/tokens";
import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import { oneRow, rows } from "@/lib/db/rows";
import { authSecret } from "@/lib/env";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { bucketKey, VOTE_SAVES_PER_PARTICIPANT, windowAt } from "@/lib/http/rate-limit";
import { getFramework } from "@/lib/frameworks";
import type { Framework } from "@/lib/scoring";
import { publishChange } from "@/lib/realtime/bus";
import { actorColumns, actorId, audit, type AuditAction } from "./audit";
import { inviteGeneration, roundStatusSchema, workshopStatusSchema } from "./data";
import { settleDeadlines } from "./deadlines";
import { everyoneVotedSql, mayRevealSql } from "./reveal-rule";
import { RateLimitedError, AppError } from "@/lib/errors";
import { participantOfCredentials } from "@/lib/access/participant-of";
import type { Grant } from "@/lib/access/gate";
import type { AuditActor } from "@/lib/access/permissions";
import {
  type CreateWorkshopInput,
  type JoinWorkshopInput,
  type RerunWorkshopInput,
  type AnswerInput,
  type SaveAnswersInput,
  type SetAutoRevealInput,
  type SetDeadlineInput,
  type SetWeightsInput,
} from "./schema";
import { isId, isToken, type WorkshopId } from "@/lib/ids";

// Writes of the workshop domain. Inputs arrive parsed by ./schema.ts, and a write of a workshop
// takes the gate's Grant (lib/access/gate.ts) for it: the workshop id in it is parsed and the
// caller was judged, and the grant names whom the audit trail records. Still, every statement
// itself requires the other ids it is given to belong to the grant's workshop, so a forged id is
// not-found and never touches another workshop.
// Each write is one statement or one transaction and records its audit event (./audit.ts)
// inside it.

/**
 * Whose ballot: a participant, or a request's credentials (its guest cookie and account), which
 * name a participant by the gate's own rule (lib/access/actor.ts).
 */
export type Voter = { participantId: string } | { guestToken?: string; userId?: string };

/**
 * The first invite generation from `from` on whose join code no other workshop holds, and that
 * code's MAC. A code is taken about once in 887 million per workshop; the next millisecond's
 * generation then gives another. Two workshops racing for one code would meet the unique index.
 */
async function freeInviteGeneration(
  db: Pick<Prisma.TransactionClient, "workshop">,
  workshopId: string,
  from: Date,
): Promise<{ generation: Date; joinCodeHash: string }> {
  for (let generation = from; ; generation = new Date(generation.getTime() + 1)) {
    const hash = joinCodeHash(authSecret(), deriveJoinCode(authSecret(), workshopId, generation));
    const taken = await db.workshop.count({
      where: { joinCodeHash: hash, id: { not: workshopId } },
    });
    if (taken === 0) return { generation, joinCodeHash: hash };
  }
}

/** What a new workshop is made with: the creation form's settings, or a run's copy of them. */
interface NewWorkshop {
  title: string;
  teamName: string;
  description: string | null;
  teamSize: number | null;
  frameworkId: string;
  /** The frozen framework: the built-in one at creation, the earlier run's copy for a re-run. */
  framework: Prisma.InputJsonObject;
  /** The saved version of an own framework it came from (lib/authoring); null for a built-in. */
  frameworkVersionId: string | null;
  mode: "live" | "async";
  deadline: Date | null;
  deadlineAction: "reveal" | "close";
  anonymous: boolean;
  /** Reveal as soon as everyone who joined has voted (lib/workshops/auto-reveal.ts). */
  autoReveal: boolean;
  notifyEmail: string | null;
  /** The language notifyEmail was given in: its mails speak it. */
  notifyLocale: Locale;
  weights: Prisma.InputJsonObject | null;
  /** For a re-run: its series and the run it was made from. */
  seriesId?: string;
  rerunOfId?: string;
}

/**
 * The one way a workshop comes to be, shared by createWorkshop and rerunWorkshop: a frozen
 * framework, its invite generation (the invite link and join code are derived from it), a
 * facilitator capability whose token is returned to be shown once (only its hash is stored),
 * round 1 open and the "workshop.created" event. Ids and the creation time are made here
 * because the invite hash is derived from them and must be written in the same insert.
 */
async function insertWorkshop(
  db: Prisma.TransactionClient,
  settings: NewWorkshop,
  options: { ownerUserId?: string; starterKey?: string; auditData?: Record<string, string> },
): Promise<{ workshopId: string; facilitatorToken: string }> {
  const workshopId = randomUUID();
  const capabilityId = randomUUID();
  // The creation time is the first invite generation (data.ts inviteGeneration).
  const { generation: createdAt, joinCodeHash: codeHash } = await freeInviteGeneration(
    db,
    workshopId,
    new Date(),
  );
  const facilitatorToken = newToken();
  const by: AuditActor =
    options.ownerUserId === undefined
      ? { kind: "facilitator", capabilityId }
      : { kind: "user", userId: options.ownerUserId };

  await db.workshop.create({
    data: {
      id: workshopId,
      title: settings.title,
      teamName: settings.teamName,
      description: settings.description,
      teamSize: settings.teamSize,
      frameworkId: settings.frameworkId,
      framework: settings.framework,
      frameworkVersionId: settings.frameworkVersionId,
      mode: settings.mode,
      deadline: settings.deadline,
      deadlineAction: settings.deadlineAction,
      anonymous: settings.anonymous,
      autoReveal: settings.autoReveal,
      weights: settings.weights ?? Prisma.DbNull,
      seriesId: settings.seriesId ?? null,
      rerunOfId: settings.rerunOfId ?? null,
      createdAt,
      ownerId: options.ownerUserId ?? null,
      // Which browser may add it to an account later (lib/workshops/claim.ts).
      startedInBrowserHash:
        options.ownerUserId === undefined && options.starterKey !== undefined
          ? hashToken(options.starterKey)
          : null,
      inviteTokenHash: hashToken(deriveInviteToken(authSecret(), workshopId, createdAt)),
      joinCodeHash: codeHash,
      // Never in the audit event: e-mail addresses are personal data.
      notifyEmail: settings.notifyEmail,
      notifyLocale: settings.notifyLocale,
      notifyUnsubscribeTokenHash: settings.notifyEmail
        ? hashToken(deriveUnsubscribeToken(authSecret(), "workshop", workshopId))
        : null,
      capabilities: { create: { id: capabilityId, tokenHash: hashToken(facilitatorToken) } },
      rounds: { create: { number: 1 } },
      auditEvents: {
        create: {
          actorKind: by.kind,
          actorId: actorId(by),
          action: "workshop.created" satisfies AuditAction,
          data: { frameworkId: settings.frameworkId, ...options.auditData },
        },
      },
    },
    select: { id: true },
  });
  return { workshopId, facilitatorToken };
}

/**
 * Creates a workshop from the creation form, with a frozen copy of the chosen framework (see
 * insertWorkshop): a built-in one, or the caller's own (`ownFramework`, which the route reads
 * through the gate when the form names one). `facilitatorToken` is shown once.
 */
export async function createWorkshop(
  input: CreateWorkshopInput,
  options: {
    ownerUserId?: string;
    starterKey?: string;
    ownFramework?: { definition: Framework; versionId: string };
    /** The language the workshop is started in, kept with its notify address. */
    locale?: Locale;
  } = {},
): Promise<{ workshopId: string; facilitatorToken: string }> {
  const { ownFramework, locale = DEFAULT_LOCALE, ...owner } = options;
  const framework = ownFramework?.definition ?? getFramework(input.frameworkId);
  if (!framework) {
    throw new AppError("invalid-input", { frameworkId: "not-offered" });
  }
  // One transaction: the nested create and the audit event it carries.
  return prisma().$transaction((tx) =>
    insertWorkshop(
      tx,
      {
        title: input.title,
        teamName: input.teamName,
        description: input.description ?? null,
        teamSize: input.teamSize ?? null,
        frameworkId: framework.id,
        framework: framework as unknown as Prisma.InputJsonObject,
        frameworkVersionId: ownFramework?.versionId ?? null,
        mode: input.mode,
        deadline: input.deadline ?? null,
        deadlineAction: input.deadlineAction,
        anonymous: input.anonymous,
        autoReveal: input.autoReveal,
        notifyEmail: input.notifyEmail ?? null,
        notifyLocale: locale,
        weights: null,
      },
      owner,
    ),
  );
}

/** What rerunWorkshop copies from the earlier run, read under its row lock. */
const rerunSourceRow = z.object({
  title: z.string(),
  teamName: z.string(),
  description: z.string().nullable(),
  teamSize: z.number().int().nullable(),
  frameworkId: z.string(),
  framework: z.record(z.string(), z.unknown()),
  frameworkVersionId: z.string().nullable(),
  mode: z.enum(["live", "async"]),
  deadlineAction: z.enum(["reveal", "close"]),
  anonymous: z.boolean(),
  autoReveal: z.boolean(),
  notifyEmail: z.string().nullable(),
  notifyLocale: z.enum(LOCALES),
  weights: z.record(z.string(), z.number()).nullable(),
  ownerId: z.string().nullable(),
  seriesId: z.string().nullable(),
  revealed: z.boolean(),
});

/**
 * Runs a workshop again (the quarterly re-run): a new workshop made by insertWorkshop, as
 * creation makes one, with the earlier run's frozen framework, title, team, description,
 * anonymity, mode, team size, deadline action, automatic reveal, notify address and weights,
 * and a new invite,
 * join code and facilitator link. It joins the earlier run's series, which starts (series_id =
 * the earlier run's own id) with its first re-run. The caller's account owns it only if it owns
 * the earlier run; otherwise this browser may claim it later, as after creation.
 *
 * The earlier run's people who left an address are invited by the mail sweep
 * (lib/mail/outbox.ts, rerun_invite), which finds them through rerun_of_id.
 *
 * One transaction holding the earlier run's row, so two re-runs at once agree on the series.
 */
export async function rerunWorkshop(
  grant: Grant<"workshop.rerun">,
  input: RerunWorkshopInput,
  options: { starterKey?: string } = {},
): Promise<{ workshopId: string; facilitatorToken: string }> {
  const { workshopId, by } = grant;
  return prisma().$transaction(async (tx) => {
    const source = await oneRow(
      "rerunWorkshop",
      rerunSourceRow,
      tx.$queryRaw`
      SELECT title, team_name AS "teamName", description, team_size AS "teamSize",
        framework_id AS "frameworkId", framework,
        framework_version_id AS "frameworkVersionId", mode::text AS mode,
        deadline_action::text AS "deadlineAction", anonymous, auto_reveal AS "autoReveal",
        notify_email AS "notifyEmail", notify_locale AS "notifyLocale",
        weights, owner_id AS "ownerId", series_id AS "seriesId",
        EXISTS (SELECT 1 FROM rounds r WHERE r.workshop_id = w.id AND r.revealed_at IS NOT NULL)
          AS revealed
      FROM workshops w WHERE w.id = ${workshopId}::uuid
      FOR NO KEY UPDATE`,
    );
    if (!source) throw new AppError("not-found");
    if (!source.revealed) throw new AppError("round-not-revealed");
    if (source.mode === "async" && input.deadline === undefined) {
      throw new AppError("invalid-input", { deadline: "required" });
    }
    if (source.mode === "live" && input.deadline !== undefined) {
      throw new AppError("invalid-input", { deadline: "async-only" });
    }
    const seriesId = source.seriesId ?? workshopId;
    const ownedByCaller = source.ownerId !== null && source.ownerId === grant.actor.userId;
    const created = await insertWorkshop(
      tx,
      {
        title: source.title,
        teamName: source.teamName,
        description: source.description,
        teamSize: source.teamSize,
        frameworkId: source.frameworkId,
        framework: source.framework as Prisma.InputJsonObject,
        frameworkVersionId: source.frameworkVersionId,
        mode: source.mode,
        deadline: input.deadline ?? null,
        deadlineAction: source.deadlineAction,
        anonymous: source.anonymous,
        autoReveal: source.autoReveal,
        notifyEmail: source.notifyEmail,
        notifyLocale: source.notifyLocale,
        weights: source.weights,
        seriesId,
        rerunOfId: workshopId,
      },
      {
        ...(ownedByCaller
          ? { ownerUserId: source.ownerId! }
          : options.starterKey !== undefined && { starterKey: options.starterKey }),
        auditData: { rerunOf: workshopId, seriesId },
      },
    );
    if (source.seriesId === null) {
      await tx.workshop.update({
        where: { id: workshopId },
        data: { seriesId },
        select: { id: true },
      });
    }
    await audit(tx, workshopId, by, "workshop.rerun", {
      rerunId: created.workshopId,
      seriesId,
    });
    return created;
  });
}

/** joinWorkshop's statement: the invited workshop, and the participant it inserted if any. */
const joinedRow = z.object({
  workshopId: z.string(),
  status: workshopStatusSchema,
  participantId: z.string().nullable(),
});

/**
 * Joins the workshop behind an invite link. A guest gets a new participant and the guest token
 * for their cookie (only its hash is stored); a signed-in user who already joined gets their
 * existing participant back, and no guest token. One statement (a room joins all at once); the
 * lookup of an existing account's participant runs only on that path.
 */
export async function joinWorkshop(
  inviteToken: string,
  input: JoinWorkshopInput,
  options: {
    userId?: string;
    /** The language the person joins in, kept with their address for its mails. */
    locale?: Locale;
  } = {},
): Promise<{ workshopId: string; participantId: string; guestToken: string | null }> {
  if (!isToken(inviteToken)) throw new AppError("not-found");
  const userId = options.userId ?? null;
  const guestToken = userId === null ? newToken() : null;
  // Made here, so that the unsubscribe link of the participant's mails (derived from the id) can
  // be stored, hashed, by the same insert. Opting in is leaving an address.
  const participantId = randomUUID();
  const email = input.email ?? null;
  const unsubscribeTokenHash =
    email === null
      ? null
      : hashToken(deriveUnsubscribeToken(authSecret(), "participant", participantId));

  // An account joins once (unique workshop_id, user_id), so its second join inserts nothing;
  // guests (user_id null) never conflict.
  const row = await oneRow(
    "joinWorkshop",
    joinedRow,
    prisma().$queryRaw`
    WITH invited AS (
      SELECT id, status FROM workshops WHERE invite_token_hash = ${hashToken(inviteToken)}
    ), joined AS (
      INSERT INTO participants (id, workshop_id, display_name, role, guest_token_hash, user_id,
        email, email_locale, reminder_opt_in, unsubscribe_token_hash)
      SELECT ${participantId}::uuid, id, ${input.displayName}, ${input.role}::participant_role,
        ${guestToken === null ? null : hashToken(guestToken)}::text, ${userId}::uuid,
        ${email}::text, ${options.locale ?? DEFAULT_LOCALE}::text, ${email !== null}::boolean,
        ${unsubscribeTokenHash}::text
      FROM invited
      WHERE status = 'open'
      ON CONFLICT (workshop_id, user_id) DO NOTHING
      RETURNING id, workshop_id
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action)
      SELECT workshop_id, 'participant', id, 'participant.joined' FROM joined
    )
    SELECT invited.id AS "workshopId", invited.status::text AS status,
      joined.id AS "participantId"
    FROM invited LEFT JOIN joined ON true`,
  );
  if (!row) throw new AppError("not-found");
  if (row.status === "closed") throw new AppError("workshop-closed");
  if (row.participantId !== null) {
    publishChange(row.workshopId, "joined");
    return { workshopId: row.workshopId, participantId: row.participantId, guestToken };
  }
  const existing = await prisma().participant.findFirstOrThrow({
    where: { workshopId: row.workshopId, userId },
    select: { id: true, removedAt: true },
  });
  if (existing.removedAt) throw new AppError("participant-removed");
  return { workshopId: row.workshopId, participantId: existing.id, guestToken: null };
}

/** SQL: the participant row `p` is the voter's, in the workshop `workshop` names. */
function voterMatches(
  voter: Voter,
  workshop: Prisma.Sql,
  options: { evenRemoved?: boolean } = {},
): Prisma.Sql {
  if ("participantId" in voter) return Prisma.sql`p.id = ${voter.participantId}::uuid`;
  const credentials = {
    guestHash: voter.guestToken === undefined ? null : hashToken(voter.guestToken),
    userId: voter.userId ?? null,
  };
  return Prisma.sql`p.id = (${participantOfCredentials(workshop, credentials, options)})`;
}

function voterIsWellFormed(voter: Voter): boolean {
  if ("participantId" in voter) return isId(voter.participantId);
  if (voter.guestToken === undefined && voter.userId === undefined) return false;
  return (
    (voter.guestToken === undefined || isToken(voter.guestToken)) &&
    (voter.userId === undefined || isId(voter.userId))
  );
}

/** saveAnswers' statement: when the answers were saved (null: not), and the rate limit's count. */
/** Why saveAnswers wrote nothing: each thing its statement requires, checked on its own. */
const refusalRow = z.object({
  workshopStatus: workshopStatusSchema,
  roundStatus: roundStatusSchema.nullable(),
  /** null when the voter is no participant of this workshop. */
  removed: z.boolean().nullable(),
  deadlinePassed: z.boolean(),
  /** The first criterion that is not in the workshop's framework, if any. */
  unknownCriterion: z.number().int().nullable(),
});

const savedRow = z.object({
  savedAt: z.date().nullable(),
  saves: z.number().int().nullable(),
  /** The workshop's "reveal as soon as everyone has voted" (null: nothing was saved). */
  autoReveal: z.boolean().nullable(),
  /** When nothing was saved: how the workshop looked to the statement (null: no workshop). */
  refusal: refusalRow.nullable(),
});

/**
 * A query of each thing a save requires, as one JSON object (refusalRow) or null for an unknown
 * workshop: asked by the save's own statement when it wrote nothing, and again on its own.
 */
function refusalOf(workshopId: string, voter: Voter, input: SaveAnswersInput, now: Date) {
  const criteria = input.answers.map((answer) => answer.criterionId);
  return Prisma.sql`
    SELECT json_build_object('workshopStatus', w.status, 'roundStatus', r.status,
      'removed', CASE WHEN p.id IS NOT NULL THEN p.removed_at IS NOT NULL END,
      'deadlinePassed',
        coalesce(w.deadline <= ${now}::timestamptz AND r.opened_at < w.deadline, false),
      'unknownCriterion', (SELECT min(c.n - 1)::int
        FROM jsonb_array_elements_text(${JSON.stringify(criteria)}::jsonb) WITH ORDINALITY AS c(id, n)
        WHERE NOT w.framework -> 'criteria' @> jsonb_build_array(jsonb_build_object('id', c.id))))
    FROM workshops w
    LEFT JOIN rounds r ON r.id = ${input.roundId}::uuid AND r.workshop_id = w.id
    LEFT JOIN participants p ON p.workshop_id = w.id
      AND ${voterMatches(voter, Prisma.sql`w.id`, { evenRemoved: true })}
    WHERE w.id = ${workshopId}::uuid`;
}

/** The refusal a look at the workshop explains (refusalOf), most telling first; null for none. */
function refusalFrom(row: z.output<typeof refusalRow> | null): AppError | null {
  if (!row || row.roundStatus === null || row.removed === null) {
    return new AppError("not-found");
  }
  if (row.removed) return new AppError("participant-removed");
  if (row.workshopStatus === "closed") return new AppError("workshop-closed");
  if (row.deadlinePassed) return new AppError("deadline-passed");
  if (row.roundStatus !== "open") return new AppError("round-not-open");
  if (row.unknownCriterion !== null) return unknownCriterion(row.unknownCriterion);
  return null;
}

function unknownCriterion(index: number): AppError {
  return new AppError("invalid-input", { [`answers.${index}.criterionId`]: "unknown-criterion" });
}

/**
 * Saves answers of a voter's ballot in one round (one answer or the whole ballot): the hot path
 * of a live workshop, so it is ONE statement, all answers or none. The voter may be given by participant id or, to spare the route handler a lookup, straight by the
 * credential (guest token or account) the statement then authenticates itself.
 *
 * The upsert only happens when, in the same statement, the round is open and belongs to the
 * workshop, the workshop is open, the voter is an active participant of it and every criterion
 * is in the workshop's frozen framework; the primary key (round, participant, criterion) makes
 * resubmitted and concurrent saves update one row.
 *
 * Racing the reveal: `FOR SHARE OF r` locks the round row for the rest of the save's (single
 * statement) transaction, and the reveal's UPDATE of that row needs a conflicting lock. So a
 * save that read the round open commits before the reveal can, and its vote is in the round
 * that gets revealed; a save that reaches the row after the reveal's UPDATE waits for it, and
 * READ COMMITTED then re-checks the WHERE clause on the revealed row, which no longer matches:
 * nothing is written and the save is rejected. The foreign key's own lock (FOR KEY SHARE) would
 * not conflict with the reveal, hence the explicit one. Share locks do not block each other, so
 * concurrent saves in one round only pay for recording the lock on the row.
 *
 * Audit: one `vote.saved` event per participant and round, written by the same statement when
 * none of their answers in this round was saved yet (answers prefilled from the previous round
 * keep that round's times and do not count). Logging every change would double the rows a
 * ballot burst writes for no extra insight; the vote rows' own updated_at holds the last
 * change. Two first saves of one participant in flight at once may both log (each reads before
 * the other commits), which only ever duplicates an event, never loses one.
 *
 * Deadline (async workshops): a round opened before the workshop's deadline takes no save from
 * the deadline on, whether or not settleDeadlines (./deadlines.ts) has closed it yet. `now` is
 * the app's clock, passed in so that tests can move it; a round opened after the deadline (the
 * facilitator went on) is not bound by it, as in settleDeadlines.
 *
 * Rate limit: the same statement counts the save in the participant's bucket
 * (VOTE_SAVES_PER_PARTICIPANT, lib/http/rate-limit.ts), one per answer, and writes nothing once
 * the bucket is over its limit, so the limit costs the hot path no round trip. Only saves that passed every
 * other check count; the count comes back with the answer, which tells a refusal for speed
 * from the others without asking again.
 *
 * When nothing was written, the statement says why: it looks at the workshop, its round and the
 * voter once more (in the same snapshot, so at no cost to a save that succeeded). Only when that
 * look finds everything in order, because a reveal or close committed while the save waited for
 * the round, does a second query look again.
 *
 * "Reveal as soon as everyone has voted": the statement also returns the workshop's setting, so
 * with it off a save costs nothing more; with it on, revealIfEveryoneVoted runs as a second
 * statement once the save has committed.
 */
export async function saveAnswers(
  workshopId: WorkshopId,
  voter: Voter,
  input: SaveAnswersInput,
  now: Date = new Date(),
): Promise<{ savedAt: Date }> {
  if (!voterIsWellFormed(voter)) throw new AppError("not-found");
  const limit = VOTE_SAVES_PER_PARTICIPANT;
  const window = windowAt(limit, now);
  // One JSON parameter carries every answer; `keep` leaves the saved rationale as it is.
  const answers = JSON.stringify(
    input.answers.map((answer) => ({
      criterion_id: answer.criterionId,
      score: answer.score,
      rationale: answer.rationale ?? null,
      keep: answer.rationale === undefined,
    })),
  );

  const result = await oneRow(
    "saveAnswers",
    savedRow,
    prisma().$queryRaw`
    WITH answers AS (
      SELECT * FROM jsonb_to_recordset(${answers}::jsonb)
        AS a(criterion_id text, score int, rationale text, keep boolean)
    ), target AS (
      SELECT r.workshop_id, r.id AS round_id, p.id AS participant_id, w.auto_reveal,
        NOT EXISTS (
          SELECT 1 FROM votes earlier
          WHERE earlier.round_id = r.id AND earlier.participant_id = p.id
            AND earlier.updated_at >= r.opened_at
        ) AS first_save
      FROM rounds r
      JOIN workshops w ON w.id = r.workshop_id
      JOIN participants p ON p.workshop_id = r.workshop_id
        AND ${voterMatches(voter, Prisma.sql`r.workshop_id`)}
      WHERE r.id = ${input.roundId}::uuid
        AND r.workshop_id = ${workshopId}::uuid
        AND r.status = 'open'
        AND w.status = 'open'
        AND (w.deadline IS NULL OR w.deadline > ${now}::timestamptz OR r.opened_at >= w.deadline)
        AND p.removed_at IS NULL
        AND NOT EXISTS (
          SELECT 1 FROM answers a
          WHERE NOT w.framework -> 'criteria' @> jsonb_build_array(jsonb_build_object('id', a.criterion_id))
        )
      FOR SHARE OF r
    ), counted AS (
      INSERT INTO rate_limit_buckets AS b (key, window_start, count)
      SELECT ${bucketKey(limit, "")}::text || participant_id::text, ${window.start}::timestamptz,
        (SELECT count(*) FROM answers)
      FROM target
      ON CONFLICT (key, window_start) DO UPDATE SET count = b.count + EXCLUDED.count
      RETURNING b.count
    ), saved AS (
      INSERT INTO votes AS v (round_id, participant_id, criterion_id, workshop_id, score, rationale)
      SELECT t.round_id, t.participant_id, a.criterion_id, t.workshop_id, a.score, a.rationale
      FROM target t CROSS JOIN answers a
      WHERE (SELECT count FROM counted) <= ${limit.limit}
      ON CONFLICT (round_id, participant_id, criterion_id) DO UPDATE SET
        score = EXCLUDED.score,
        rationale = CASE
          WHEN (SELECT keep FROM answers WHERE criterion_id = EXCLUDED.criterion_id) THEN v.rationale
          ELSE EXCLUDED.rationale
        END,
        updated_at = CURRENT_TIMESTAMP
      RETURNING v.updated_at
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT workshop_id, 'participant', participant_id, 'vote.saved',
        jsonb_build_object('roundId', round_id)
      FROM target
      WHERE first_save AND EXISTS (SELECT 1 FROM saved)
    )
    SELECT (SELECT max(updated_at) FROM saved) AS "savedAt", (SELECT count FROM counted) AS saves,
      (SELECT auto_reveal FROM target) AS "autoReveal",
      CASE WHEN NOT EXISTS (SELECT 1 FROM saved)
        THEN (${refusalOf(workshopId, voter, input, now)}) END AS refusal`,
  );
  if (result?.savedAt) {
    publishChange(workshopId, "vote");
    // Only with the setting on does a save cost a second statement. It runs after the save has
    // committed, so of two last ballots saved at once the later check sees both
    // (revealIfEveryoneVoted).
    if (result.autoReveal) await revealIfEveryoneVotedLogged(workshopId);
    return { savedAt: result.savedAt };
  }
  if (result?.saves != null && result.saves > limit.limit) {
    throw new RateLimitedError(window.retryAfterSeconds);
  }
  // The statement's own look says why, unless everything looked in order to it: then a reveal or
  // a close committed while the save waited for the round, which only a fresh look can see.
  const refusal =
    refusalFrom(result?.refusal ?? null) ??
    (await whyAnswersWereNotSaved(workshopId, voter, input, now));
  // Settles the round right away, so the page the voter reloads shows it closed or revealed.
  if (refusal.code === "deadline-passed") {
    await settleDeadlines({ workshopId, now }).catch((error: unknown) =>
      console.error("Could not settle a passed deadline", error),
    );
  }
  throw refusal;
}

/** Saves one answer: a ballot of one (see saveAnswers). */
export function saveVote(
  workshopId: WorkshopId,
  voter: Voter,
  { roundId, ...answer }: { roundId: string } & AnswerInput,
  now?: Date,
): Promise<{ savedAt: Date }> {
  return saveAnswers(workshopId, voter, { roundId, answers: [answer] }, now);
}

/** saveAnswers' second look, in a snapshot of its own: what changed while the save waited. */
async function whyAnswersWereNotSaved(
  workshopId: string,
  voter: Voter,
  input: SaveAnswersInput,
  now: Date,
): Promise<AppError> {
  const row = await oneRow(
    "whyAnswersWereNotSaved",
    z.object({ refusal: refusalRow.nullable() }),
    prisma().$queryRaw`SELECT (${refusalOf(workshopId, voter, input, now)}) AS refusal`,
  );
  // In order on a second look too: the statement's criteria check is the one left.
  return refusalFrom(row?.refusal ?? null) ?? unknownCriterion(0);
}

/** A round that revealRound or openNextRound moved on. */
const roundRow = z.object({ roundId: z.string(), number: z.number().int() });

/**
 * The reveal of the workshop's current round (open, or closed without a reveal) with its audit
 * event, when the reveal rule (./reveal-rule.ts) allows it and `also` (SQL on the row `rounds`)
 * holds. One statement, so the round row is locked only as long as the UPDATE itself: saves
 * queued behind it resume at once. Of two reveals at once, the second waits for the first's row
 * lock and then re-checks the status on the revealed row (READ COMMITTED), which no longer
 * matches: one reveal, one audit event, one "revealed" change. `data` adds to the audit data.
 */
async function revealCurrentRound(
  workshopId: string,
  by: AuditActor,
  options: { also?: Prisma.Sql; data?: Record<string, boolean> } = {},
): Promise<{ roundId: string; number: number } | null> {
  const revealed = await oneRow(
    "revealCurrentRound",
    roundRow,
    prisma().$queryRaw`
    WITH revealed AS (
      UPDATE rounds SET status = 'revealed', revealed_at = CURRENT_TIMESTAMP
      WHERE id = (
          SELECT id FROM rounds WHERE workshop_id = ${workshopId}::uuid
          ORDER BY number DESC LIMIT 1
        )
        AND status IN ('open', 'closed')
        AND ${mayRevealSql(Prisma.sql`rounds.id`)}
        ${options.also ?? Prisma.empty}
      RETURNING id, workshop_id, number
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT workshop_id, ${actorColumns(by)}, ${"round.revealed" satisfies AuditAction},
        jsonb_build_object('roundId', id, 'number', number)
          || ${JSON.stringify(options.data ?? {})}::jsonb
      FROM revealed
    )
    SELECT id AS "roundId", number FROM revealed`,
  );
  if (revealed) publishChange(workshopId, "revealed");
  return revealed;
}

/** The facilitator reveals the current round (open, or closed without a reveal). */
export async function revealRound(
  grant: Grant<"round.reveal">,
): Promise<{ roundId: string; number: number }> {
  const { workshopId, by } = grant;
  const revealed = await revealCurrentRound(workshopId, by);
  if (revealed) return revealed;
  const current = await prisma().round.findFirst({
    where: { workshopId },
    orderBy: { number: "desc" },
    select: { status: true },
  });
  if (!current) throw new AppError("not-found");
  throw new AppError(current.status === "revealed" ? "already-revealed" : "too-few-ballots");
}

/**
 * "Reveal as soon as everyone has voted": reveals the workshop's open round when the workshop
 * has the setting on and everyone in the round has voted (./reveal-rule.ts everyoneVotedSql),
 * exactly as the facilitator's reveal would, anonymous minimum included, but recorded as the
 * system's (actor "system", data.everyoneVoted true, as the deadline's reveal records
 * data.deadline). Called after each write that can complete the room: a vote save, a removal,
 * turning the setting on. Each call is its own statement after that write committed, so of two
 * last ballots saved at once, the check that starts later sees both; and the reveal is one
 * conditional statement (revealCurrentRound), so when both checks see everyone voted, one
 * reveals and the other changes nothing. A closed round (a deadline that closes) stays closed.
 * Returns the round it revealed, or null.
 */
function revealIfEveryoneVoted(
  workshopId: string,
): Promise<{ roundId: string; number: number } | null> {
  if (!isId(workshopId)) return Promise.resolve(null);
  return revealCurrentRound(
    workshopId,
    { kind: "system" },
    {
      also: Prisma.sql`AND status = 'open'
        AND EXISTS (SELECT 1 FROM workshops w WHERE w.id = rounds.workshop_id
          AND w.status = 'open' AND w.auto_reveal)
        AND ${everyoneVotedSql(Prisma.sql`rounds.id`)}`,
      data: { everyoneVoted: true },
    },
  );
}

/**
 * revealIfEveryoneVoted after a write that already succeeded: a failure is logged, not thrown,
 * so the write's own answer stays true. The facilitator can still reveal by hand, and the next
 * save checks again.
 */
async function revealIfEveryoneVotedLogged(workshopId: string): Promise<void> {
  await revealIfEveryoneVoted(workshopId).catch((error: unknown) =>
    console.error("Could not reveal the round everyone has voted in", error),
  );
}

/** The workshop row a transaction locks first, and its status. */
const lockedWorkshopRow = z.object({ status: workshopStatusSchema });

/**
 * Opens the next Delphi round once the current one is revealed. Each active participant's
 * ballot starts as a copy of their answers in the previous round (which holds their latest
 * answers: it was itself prefilled), keeping those answers' times so that the copy does not
 * count as voting in the new round.
 */
export async function openNextRound(
  grant: Grant<"round.open">,
): Promise<{ roundId: string; number: number }> {
  const { workshopId, by } = grant;
  const opened = await prisma().$transaction(async (tx) => {
    // Serialises round changes of this workshop (a second request then sees the new round);
    // NO KEY UPDATE leaves the foreign-key locks of joins and saves unblocked.
    const workshop = await oneRow(
      "openNextRound",
      lockedWorkshopRow,
      tx.$queryRaw`
      SELECT status::text AS status FROM workshops WHERE id = ${workshopId}::uuid
      FOR NO KEY UPDATE`,
    );
    if (!workshop) throw new AppError("not-found");
    if (workshop.status === "closed") throw new AppError("workshop-closed");
    const previous = await tx.round.findFirstOrThrow({
      where: { workshopId },
      orderBy: { number: "desc" },
      select: { id: true, number: true, status: true },
    });
    if (previous.status !== "revealed") throw new AppError("round-not-revealed");

    const round = await tx.round.create({
      data: { workshopId, number: previous.number + 1 },
      select: { id: true, number: true },
    });
    await tx.$executeRaw`
      INSERT INTO votes (round_id, participant_id, criterion_id, workshop_id, score, rationale,
        updated_at)
      SELECT ${round.id}::uuid, v.participant_id, v.criterion_id, v.workshop_id, v.score,
        v.rationale, v.updated_at
      FROM votes v
      JOIN participants p ON p.id = v.participant_id AND p.removed_at IS NULL
      WHERE v.round_id = ${previous.id}::uuid`;
    await audit(tx, workshopId, by, "round.opened", { roundId: round.id, number: round.number });
    return { roundId: round.id, number: round.number };
  });
  publishChange(workshopId, "round-opened");
  return opened;
}

/** What setDeadline's statement found, when it changed nothing. */
const deadlineRefusalRow = z.object({
  mode: z.enum(["live", "async"]),
  status: workshopStatusSchema,
  roundOpen: z.boolean(),
  updated: z.boolean(),
});

/**
 * Moves an async workshop's deadline, later or earlier, while its round is open for voting:
 * the pages that show it, the sweep that reveals or closes at it, the vote saves it stops and
 * the reminders before it all read the workshop's one deadline, so they follow. The round being
 * voted on is governed by the new deadline even if it opened after the old one passed.
 */
export async function setDeadline(
  grant: Grant<"deadline.set">,
  input: SetDeadlineInput,
): Promise<{ deadline: Date }> {
  const { workshopId, by } = grant;
  const row = await oneRow(
    "setDeadline",
    deadlineRefusalRow,
    prisma().$queryRaw`
    WITH target AS (
      SELECT w.id, w.mode::text AS mode, w.status::text AS status,
        (SELECT r.status = 'open' FROM rounds r WHERE r.workshop_id = w.id
          ORDER BY r.number DESC LIMIT 1) AS round_open
      FROM workshops w WHERE w.id = ${workshopId}::uuid
      FOR NO KEY UPDATE
    ), updated AS (
      UPDATE workshops SET deadline = ${input.deadline}::timestamptz,
        updated_at = CURRENT_TIMESTAMP
      WHERE id = (SELECT id FROM target
        WHERE mode = 'async' AND status = 'open' AND round_open)
      RETURNING id
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT id, ${actorColumns(by)}, ${"deadline.set" satisfies AuditAction},
        jsonb_build_object('deadline', ${input.deadline.toISOString()}::text)
      FROM updated
    )
    SELECT mode, status, coalesce(round_open, false) AS "roundOpen",
      EXISTS (SELECT 1 FROM updated) AS updated
    FROM target`,
  );
  if (!row) throw new AppError("not-found");
  if (row.mode !== "async") {
    throw new AppError("invalid-input", { deadline: "async-only" });
  }
  if (row.status === "closed") throw new AppError("workshop-closed");
  if (!row.updated) throw new AppError("round-not-open");
  publishChange(workshopId, "deadline");
  return { deadline: input.deadline };
}

/** What setAutoReveal's statement found. */
const autoRevealRow = z.object({ status: workshopStatusSchema, updated: z.boolean() });

/**
 * Turns "reveal as soon as everyone has voted" on or off while the workshop is open; it governs
 * the open round and the rounds after it. Turned on when everyone has already voted, the round
 * is revealed at once (revealIfEveryoneVoted), and `revealed` says so.
 */
export async function setAutoReveal(
  grant: Grant<"auto-reveal.set">,
  input: SetAutoRevealInput,
): Promise<{ autoReveal: boolean; revealed: boolean }> {
  const { workshopId, by } = grant;
  const row = await oneRow(
    "setAutoReveal",
    autoRevealRow,
    prisma().$queryRaw`
    WITH target AS (
      SELECT id, status::text AS status FROM workshops WHERE id = ${workshopId}::uuid
      FOR NO KEY UPDATE
    ), updated AS (
      UPDATE workshops SET auto_reveal = ${input.autoReveal}, updated_at = CURRENT_TIMESTAMP
      WHERE id = (SELECT id FROM target WHERE status = 'open')
      RETURNING id
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT id, ${actorColumns(by)}, ${"auto-reveal.set" satisfies AuditAction},
        jsonb_build_object('autoReveal', ${input.autoReveal}::boolean)
      FROM updated
    )
    SELECT status, EXISTS (SELECT 1 FROM updated) AS updated FROM target`,
  );
  if (!row) throw new AppError("not-found");
  if (!row.updated) throw new AppError("workshop-closed");
  publishChange(workshopId, "auto-reveal");
  let revealed = false;
  if (input.autoReveal) {
    revealed = await revealIfEveryoneVoted(workshopId).then(
      (round) => round !== null,
      (error: unknown) => {
        console.error("Could not reveal the round everyone has voted in", error);
        return false;
      },
    );
  }
  return { autoReveal: input.autoReveal, revealed };
}

/**
 * Closes the workshop for good: no more joins or votes. Its open round is closed without a
 * reveal (it may still be revealed). The workshop row is updated first so that the rounds are
 * read after any concurrent openNextRound has committed.
 */
export async function closeWorkshop(grant: Grant<"workshop.close">): Promise<void> {
  const { workshopId, by } = grant;
  await prisma().$transaction(async (tx) => {
    const closed = await tx.workshop.updateMany({
      where: { id: workshopId, status: "open" },
      data: { status: "closed", closedAt: new Date() },
    });
    if (closed.count === 0) {
      const exists = await tx.workshop.count({ where: { id: workshopId } });
      throw new AppError(exists ? "workshop-closed" : "not-found");
    }
    await tx.round.updateMany({
      where: { workshopId, status: "open" },
      data: { status: "closed", closedAt: new Date() },
    });
    await audit(tx, workshopId, by, "workshop.closed");
  });
  publishChange(workshopId, "closed");
}

/** removeParticipant's audit event (a bigserial), and the workshop's auto-reveal setting. */
const removedRow = z.object({ id: z.bigint(), autoReveal: z.boolean() });

/**
 * Removes a participant: they can no longer vote or see the ballot. Soft, so revealed results
 * stay reproducible. Removing someone already removed changes nothing. With "reveal as soon as
 * everyone has voted" on, the others may now all have voted: the round is then revealed.
 */
export async function removeParticipant(
  grant: Grant<"participant.remove">,
  participantId: string,
): Promise<void> {
  const { workshopId, by } = grant;
  const removed = await rows(
    "removeParticipant",
    removedRow,
    prisma().$queryRaw`
    WITH removed AS (
      UPDATE participants SET removed_at = CURRENT_TIMESTAMP
      WHERE id = ${participantId}::uuid AND workshop_id = ${workshopId}::uuid
        AND removed_at IS NULL
      RETURNING id, workshop_id
    )
    INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
    SELECT workshop_id, ${actorColumns(by)}, 'participant.removed',
      jsonb_build_object('participantId', id)
    FROM removed
    RETURNING id,
      (SELECT w.auto_reveal FROM workshops w WHERE w.id = workshop_id) AS "autoReveal"`,
  );
  if (removed.length > 0) {
    publishChange(workshopId, "removed");
    if (removed.some((row) => row.autoReveal)) await revealIfEveryoneVotedLogged(workshopId);
    return;
  }
  const exists = await prisma().participant.count({ where: { id: participantId, workshopId } });
  if (!exists) throw new AppError("not-found");
}

/** What the invite token of rotateInvite's workshop is derived from (inviteGeneration). */
const inviteGenerationRow = z.object({ createdAt: z.date(), inviteRotatedAt: z.date().nullable() });

/**
 * Moves the invite to a new generation: the old link and join code stop matching and the new
 * token is returned. The generation is a time strictly after the previous one, so two rotations within
 * a millisecond still yield different tokens.
 */
export async function rotateInvite(
  grant: Grant<"invite.rotate">,
): Promise<{ inviteToken: string }> {
  const { workshopId, by } = grant;
  return prisma().$transaction(async (tx) => {
    const workshop = await oneRow(
      "rotateInvite",
      inviteGenerationRow,
      tx.$queryRaw`
      SELECT created_at AS "createdAt", invite_rotated_at AS "inviteRotatedAt"
      FROM workshops WHERE id = ${workshopId}::uuid
      FOR NO KEY UPDATE`,
    );
    if (!workshop) throw new AppError("not-found");
    const { generation, joinCodeHash: codeHash } = await freeInviteGeneration(
      tx,
      workshopId,
      new Date(Math.max(Date.now(), inviteGeneration(workshop).getTime() + 1)),
    );
    const inviteToken = deriveInviteToken(authSecret(), workshopId, generation);
    await tx.workshop.update({
      where: { id: workshopId },
      data: {
        inviteRotatedAt: generation,
        inviteTokenHash: hashToken(inviteToken),
        joinCodeHash: codeHash,
      },
      select: { id: true },
    });
    await audit(tx, workshopId, by, "invite.rotated");
    return { inviteToken };
  });
}

/** The workshop rotateFacilitatorLink locks. */
const workshopIdRow = z.object({ id: z.string() });

/**
 * Replaces the facilitator link: every capability of the workshop is revoked (the old link and
 * every cookie made from it stop working at once, on every device) and one new capability is
 * made, whose token is returned to be shown once. An owning account keeps its access, which
 * comes from ownership. One transaction, holding the workshop row, so two replacements at once
 * leave exactly one working link.
 */
export async function rotateFacilitatorLink(
  grant: Grant<"facilitator-link.rotate">,
): Promise<{ facilitatorToken: string }> {
  const { workshopId, by } = grant;
  const facilitatorToken = newToken();
  await prisma().$transaction(async (tx) => {
    const workshop = await oneRow(
      "rotateFacilitatorLink",
      workshopIdRow,
      tx.$queryRaw`
      SELECT id FROM workshops WHERE id = ${workshopId}::uuid FOR NO KEY UPDATE`,
    );
    if (!workshop) throw new AppError("not-found");
    const revoked = await tx.$executeRaw`
      UPDATE facilitator_capabilities SET revoked_at = CURRENT_TIMESTAMP
      WHERE workshop_id = ${workshopId}::uuid AND revoked_at IS NULL`;
    await tx.facilitatorCapability.create({
      data: { workshopId, tokenHash: hashToken(facilitatorToken) },
      select: { id: true },
    });
    await audit(tx, workshopId, by, "facilitator-link.rotated", { revoked });
  });
  // Ends the live streams of browsers that facilitated through a revoked capability.
  publishChange(workshopId, "facilitator-link-replaced");
  return { facilitatorToken };
}

/** setWeights' statement: whether every weighted criterion is the workshop's own. */
const weightsCheckRow = z.object({ known: z.boolean() });

/**
 * Sets how much each criterion counts in the workshop's results, or (null) goes back to equal
 * weights. Only criteria of the workshop's own frozen framework are accepted; a criterion left
 * out of the map keeps weight 1. The weights go into the audit event: they are settings, not
 * anyone's votes.
 */
export async function setWeights(
  grant: Grant<"weights.set">,
  input: SetWeightsInput,
): Promise<void> {
  const { workshopId, by } = grant;
  const weights = input.weights;
  const criterionIds = Object.keys(weights ?? {});
  const row = await oneRow(
    "setWeights",
    weightsCheckRow,
    prisma().$queryRaw`
    WITH target AS (
      SELECT id, (
          SELECT coalesce(bool_and(w.framework -> 'criteria' @> jsonb_build_array(
            jsonb_build_object('id', key))), true)
          FROM unnest(${criterionIds}::text[]) AS key
        ) AS known
      FROM workshops w WHERE w.id = ${workshopId}::uuid
    ), updated AS (
      UPDATE workshops SET weights = ${weights === null ? null : JSON.stringify(weights)}::jsonb,
        updated_at = CURRENT_TIMESTAMP
      WHERE id = (SELECT id FROM target WHERE known)
      RETURNING id
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT id, ${actorColumns(by)}, ${"weights.set" satisfies AuditAction},
        jsonb_build_object('weights', ${weights === null ? null : JSON.stringify(weights)}::jsonb)
      FROM updated
    )
    SELECT known FROM target`,
  );
  if (!row) throw new AppError("not-found");
  if (!row.known) {
    throw new AppError("invalid-input", { weights: "unknown-criterion" });
  }
  publishChange(workshopId, "weights");
}

/**
 * Deletes the workshop and, by cascade, everything about it (its audit events included). The
 * deletion itself is recorded without a workshop, its id in the data, so it outlives it.
 */
export async function deleteWorkshop(grant: Grant<"workshop.delete">): Promise<void> {
  const { workshopId, by } = grant;
  await prisma().$transaction(async (tx) => {
    const deleted = await tx.workshop.deleteMany({ where: { id: workshopId } });
    if (deleted.count === 0) throw new AppError("not-found");
    await audit(tx, null, by, "workshop.deleted", { workshopId });
  });
  publishChange(workshopId, "deleted");
}

/** A workshop claimWorkshops gave its new owner. */
const claimedRow = z.object({ workshopId: z.string() });

/**
 * When a signed-in user confirms it: makes the user the owner of those of the chosen workshops
 * that the browser holding `starterKey` started and that have no owner yet, and drops the key
 * from them. Returns the ids of the workshops claimed.
 */
export async function claimWorkshops(
  userId: string,
  starterKey: string | undefined,
  workshopIds: readonly string[],
): Promise<string[]> {
  if (starterKey === undefined || !isToken(starterKey) || workshopIds.length === 0) return [];
  const claimed = await rows(
    "claimWorkshops",
    claimedRow,
    prisma().$queryRaw`
    WITH claimed AS (
      UPDATE workshops
      SET owner_id = ${userId}::uuid, started_in_browser_hash = NULL,
          updated_at = CURRENT_TIMESTAMP
      WHERE owner_id IS NULL AND id = ANY(${workshopIds}::uuid[])
        AND started_in_browser_hash = ${hashToken(starterKey)}
      RETURNING id
    )
    INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action)
    SELECT id, ${actorColumns({ kind: "user", userId })}, 'workshop.claimed'
    FROM claimed
    RETURNING workshop_id AS "workshopId"`,
  );
  return claimed.map((row) => row.workshopId);
}

/**
 * Records that a facilitator capability was used, at most once an hour per capability, so that
 * using the facilitator page does not turn every request into a write.
 */
export async function touchCapability(capabilityId: string): Promise<void> {
  await prisma().$executeRaw`
    UPDATE facilitator_capabilities SET last_used_at = CURRENT_TIMESTAMP
    WHERE id = ${capabilityId}::uuid AND revoked_at IS NULL
      AND (last_used_at IS NULL OR last_used_at < CURRENT_TIMESTAMP - interval '1 hour')`;
}

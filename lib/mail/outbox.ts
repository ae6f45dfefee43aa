import "server-only";
import { z } from "zod";
import {
  deriveInviteToken,
  deriveRecipientKey,
  deriveSignOffToken,
  deriveUnsubscribeToken,
} from "@/lib/auth/tokens";
import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import { rows } from "@/lib/db/rows";
import { authSecret, env } from "@/lib/env";
import { LOCALES } from "@/lib/i18n/locales";
import { hit, WORKSHOP_MAILS_PER_RECIPIENT } from "@/lib/http/rate-limit";
import {
  allVotedMail,
  deadlineReminderMail,
  nudgeMail,
  pilotEndedMail,
  rerunInviteMail,
  resultsReadyMail,
  reviewDueMail,
  signOffRequestMail,
  signOffsCompleteMail,
  type MailContent,
} from "./messages";
import { NUDGE_INTERVAL, REACHABLE_BY_MAIL } from "./recipients";
import { mailWords } from "./words";
import { MailNotSentError, sendMail, withoutAddresses } from "./transport";

// The workshop mails that are due, sent at most once each, whatever number of app instances run
// the sweep at the same time.
//
// Claim, then send: one statement finds what is due and inserts a claim row per mail into
// outbound_mails, whose dedupe_key is unique; ON CONFLICT skips mails another run (or instance)
// already claimed. Only the claims this statement inserted come back, and only those are sent.
// The claim commits before the send, so a crash between the two loses that mail rather than
// sending it twice: delivery is at most once, on purpose (a duplicate reminder annoys; a missing
// one costs little). After the send the row gets sent_at, or attempts and last_error.
//
// The one exception is a send that certainly never reached the mail server (see
// notSentBecause): its row gets retry_after, and a later run may claim it again through the
// same statement (ON CONFLICT ... DO UPDATE WHERE retry_after has come, which the row lock makes
// atomic) if the mail is still due, e.g. the person has still not voted.
//
// Dedupe keys: deadline_reminder:<round>:<participant>, results_ready:<round>:<participant>,
// all_voted:<round>, pilot_ended:<workshop>:<pilot end day>, review_due:<workshop>:<review day>
// (a decision moved to other days earns its mails again), nudge:<round>:<participant>:<the
// nudge's time in epoch seconds> (each nudge reaches a person at most once),
// rerun_invite:<new workshop>:<participant of the earlier run>,
// sign_off_request:<signatory>:<decision version> (a new version asks again, with the same
// personal link, derived like the invite link below), sign_offs_complete:<workshop>:<version>.
//
// A nudge (lib/workshops/nudge.ts) only stamps workshops.nudged_at; the mails it asks for are
// claimed and sent here like every other mail, by the next run: the nudge's request starts one
// right away, and the sweep of any instance picks up what that run did not get to.
//
// The invitation to a re-run (lib/workshops/mutations.ts rerunWorkshop) carries the new run's
// invite link, whose token the database keeps only as a hash. It need not be composed while
// the raw token is at hand (at creation): the token is derived from the server secret, the
// workshop id and its invite generation (lib/auth/tokens.ts deriveInviteToken), so the claim
// reads the generation and the mail derives the token when it is sent, like the unsubscribe
// links. The invitation is therefore an ordinary due mail: the earlier run's reachable people
// (through rerun_of_id), claimed once each, at most once, while the new run is open and new,
// sent right away by a run the re-run's request starts and otherwise by the sweep. If the
// facilitator replaced the invite link before it went out, it carries the new one.

/** How far back a reveal still earns a results mail (the sweep may have been down a while). */
const RESULTS_LOOKBACK = "3 days";
/** How long after a re-run was made its invitations may still go out. */
const RERUN_LOOKBACK = "3 days";
/** The reminder goes out once the deadline is this close... */
const REMINDER_WINDOW = "24 hours";
/** ...to people who joined at least this long ago. */
const REMINDER_GRACE = "1 hour";
/** Mails claimed per run; the rest wait for the next one. */
// Small, because every claimed mail is committed before it is sent: a stop in the middle of a
// batch loses the rest of it (at most once), so a batch should be quick to get through.
const BATCH = 20;
const MAX_ATTEMPTS = 5;
/** A pilot's end still earns its mail this long after (the sweep may have been down a while). */
const FOLLOW_THROUGH_LOOKBACK = "7 days";
/** How long after a request, a new version or the last answer its sign-off mail may still go out. */
const SIGN_OFF_LOOKBACK = "3 days";
/** The review reminder goes out this long before the review date. */
const REVIEW_NOTICE = "7 days";

const mailKindSchema = z.enum([
  "deadline_reminder",
  "results_ready",
  "all_voted",
  "pilot_ended",
  "review_due",
  "nudge",
  "rerun_invite",
  "sign_off_request",
  "sign_offs_complete",
]);
export type MailKind = z.infer<typeof mailKindSchema>;

/** A mail claimed by claimDueMails, with what its content needs. */
const claimRow = z.object({
  id: z.string(),
  kind: mailKindSchema,
  dedupeKey: z.string(),
  attempts: z.number().int(),
  workshopId: z.string(),
  participantId: z.string().nullable(),
  recipient: z.string(),
  displayName: z.string().nullable(),
  title: z.string(),
  teamName: z.string(),
  deadline: z.date().nullable(),
  roundNumber: z.number().int(),
  voted: z.number().int(),
  /** The decision's option and the day a follow-through mail is about. */
  optionName: z.string().nullable(),
  day: z.date().nullable(),
  /** The workshop's invite generation, for the invite link of a rerun_invite. */
  inviteGeneration: z.date(),
  /** The signatory a sign_off_request goes to, for their personal link. */
  signatoryId: z.string().nullable(),
  /** For sign_offs_complete: how many were asked ("voted" holds how many approved). */
  asked: z.number().int(),
  /** The language the recipient gave their address in. */
  locale: z.enum(LOCALES),
});
type Claim = z.infer<typeof claimRow>;

export interface MailOutcome {
  kind: MailKind;
  dedupeKey: string;
  sent: boolean;
}

/** Whether participant p has voted in round r, as every page counts it (round_ballots). */
const HAS_VOTED = Prisma.sql`EXISTS (
  SELECT 1 FROM round_ballots(r.id) b WHERE b.participant_id = p.id AND b.status = 'voted'
)`;

/** Each workshop's newest decision version (lib/decisions/record.ts), the one in force. */
const CURRENT_DECISIONS = Prisma.sql`(
  SELECT DISTINCT ON (workshop_id) * FROM decision_versions ORDER BY workshop_id, version DESC
)`;

/**
 * The decided option's name, from the workshop's own frozen framework: in the recipient's
 * language (`locale`, a column) where the framework carries that translation, else as written.
 */
function optionName(locale: Prisma.Sql) {
  return Prisma.sql`coalesce(
    w.framework -> 'translations' -> ${locale} -> 'options' -> d.option_id ->> 'name',
    (SELECT o ->> 'name' FROM jsonb_array_elements(w.framework -> 'options') o
      WHERE o ->> 'id' = d.option_id)
  )`;
}

/** Claims up to `batch` mails due at `now`; see the top of this file. */
async function claimDueMails(now: Date, batch: number): Promise<Claim[]> {
  return rows(
    "claimDueMails",
    claimRow,
    prisma().$queryRaw`
    WITH candidates AS (
      (
        SELECT 'deadline_reminder'::mail_kind AS kind,
          'deadline_reminder:' || r.id || ':' || p.id AS dedupe_key,
          w.id AS workshop_id, p.id AS participant_id, p.email AS recipient,
          p.display_name, w.title, w.team_name, w.deadline, r.number AS round_number, 0 AS voted,
          NULL::text AS option_name, NULL::date AS day,
          coalesce(w.invite_rotated_at, w.created_at) AS invite_generation,
          NULL::uuid AS signatory_id, 0 AS asked, p.email_locale AS locale
        FROM workshops w
        JOIN rounds r ON r.workshop_id = w.id AND r.status = 'open'
        JOIN participants p ON p.workshop_id = w.id
        WHERE w.status = 'open'
          AND w.deadline > ${now}::timestamptz
          AND w.deadline <= ${now}::timestamptz + ${REMINDER_WINDOW}::interval
          AND r.opened_at < w.deadline
          -- Someone who joined minutes ago is most likely voting right now.
          AND p.joined_at <= ${now}::timestamptz - ${REMINDER_GRACE}::interval
          AND ${REACHABLE_BY_MAIL}
          AND NOT ${HAS_VOTED}
      ) UNION ALL (
        SELECT 'results_ready'::mail_kind,
          'results_ready:' || r.id || ':' || p.id,
          w.id, p.id, p.email, p.display_name, w.title, w.team_name, w.deadline, r.number, 0,
          NULL, NULL, coalesce(w.invite_rotated_at, w.created_at),
          NULL, 0, p.email_locale
        FROM rounds r
        JOIN workshops w ON w.id = r.workshop_id
        JOIN participants p ON p.workshop_id = w.id
        WHERE r.status = 'revealed'
          AND r.revealed_at > ${now}::timestamptz - ${RESULTS_LOOKBACK}::interval
          -- People who joined after the reveal saw the results when they arrived.
          AND p.joined_at <= r.revealed_at
          AND ${REACHABLE_BY_MAIL}
      ) UNION ALL (
        -- The facilitator's nudge: those of its round who still have not voted. Nobody who
        -- joined after it, and nothing for a round opened after it.
        SELECT 'nudge'::mail_kind,
          'nudge:' || r.id || ':' || p.id || ':' || extract(epoch FROM w.nudged_at)::bigint,
          w.id, p.id, p.email, p.display_name, w.title, w.team_name,
          CASE WHEN r.opened_at < w.deadline AND w.deadline > ${now}::timestamptz
            THEN w.deadline END,
          r.number, 0, NULL, NULL, coalesce(w.invite_rotated_at, w.created_at),
          NULL, 0, p.email_locale
        FROM workshops w
        JOIN rounds r ON r.workshop_id = w.id AND r.status = 'open'
          AND r.opened_at <= w.nudged_at
        JOIN participants p ON p.workshop_id = w.id AND p.joined_at <= w.nudged_at
        WHERE w.status = 'open'
          AND w.nudged_at > ${now}::timestamptz - ${NUDGE_INTERVAL}::interval
          AND w.nudged_at <= ${now}::timestamptz
          AND ${REACHABLE_BY_MAIL}
          AND NOT ${HAS_VOTED}
      ) UNION ALL (
        SELECT 'all_voted'::mail_kind, 'all_voted:' || r.id,
          w.id, NULL::uuid, w.notify_email, NULL::text, w.title, w.team_name, w.deadline,
          r.number, progress.joined, NULL, NULL, coalesce(w.invite_rotated_at, w.created_at),
          NULL, 0, w.notify_locale
        FROM workshops w
        JOIN rounds r ON r.workshop_id = w.id AND r.status = 'open'
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS joined,
            (count(*) FILTER (WHERE ${HAS_VOTED}))::int AS voted
          FROM participants p
          WHERE p.workshop_id = w.id AND p.removed_at IS NULL
        ) progress
        WHERE w.status = 'open' AND w.notify_email IS NOT NULL
          AND w.notify_unsubscribe_token_hash IS NOT NULL
          AND progress.joined > 0 AND progress.voted = progress.joined
      ) UNION ALL (
        SELECT 'pilot_ended'::mail_kind,
          'pilot_ended:' || d.workshop_id || ':' || d.pilot_end,
          w.id, NULL::uuid, w.notify_email, NULL::text, w.title, w.team_name, w.deadline,
          d.version, 0, ${optionName(Prisma.sql`w.notify_locale`)}, d.pilot_end,
          coalesce(w.invite_rotated_at, w.created_at),
          NULL, 0, w.notify_locale
        FROM ${CURRENT_DECISIONS} d
        JOIN workshops w ON w.id = d.workshop_id
        WHERE w.notify_email IS NOT NULL AND w.notify_unsubscribe_token_hash IS NOT NULL
          AND d.pilot_end <= ${now}::date
          AND d.pilot_end > ${now}::date - ${FOLLOW_THROUGH_LOOKBACK}::interval
      ) UNION ALL (
        SELECT 'review_due'::mail_kind,
          'review_due:' || d.workshop_id || ':' || d.review_on,
          w.id, NULL::uuid, w.notify_email, NULL::text, w.title, w.team_name, w.deadline,
          d.version, 0, ${optionName(Prisma.sql`w.notify_locale`)}, d.review_on,
          coalesce(w.invite_rotated_at, w.created_at),
          NULL, 0, w.notify_locale
        FROM ${CURRENT_DECISIONS} d
        JOIN workshops w ON w.id = d.workshop_id
        WHERE w.notify_email IS NOT NULL AND w.notify_unsubscribe_token_hash IS NOT NULL
          AND d.review_on <= ${now}::date + ${REVIEW_NOTICE}::interval
          AND d.review_on >= ${now}::date
      ) UNION ALL (
        -- The earlier run's people whom its own mails still reach, unless they already joined
        -- the new run with the same address.
        SELECT 'rerun_invite'::mail_kind, 'rerun_invite:' || w.id || ':' || p.id,
          w.id, p.id, p.email, p.display_name, w.title, w.team_name, w.deadline, 1, 0,
          NULL, NULL, coalesce(w.invite_rotated_at, w.created_at),
          NULL, 0, p.email_locale
        FROM workshops w
        JOIN participants p ON p.workshop_id = w.rerun_of_id
        WHERE w.status = 'open'
          AND w.created_at > ${now}::timestamptz - ${RERUN_LOOKBACK}::interval
          AND ${REACHABLE_BY_MAIL}
          AND NOT EXISTS (
            SELECT 1 FROM participants q WHERE q.workshop_id = w.id AND q.email = p.email
          )
      ) UNION ALL (
        -- Each signatory, once per version of the decision they have not answered yet.
        SELECT 'sign_off_request'::mail_kind,
          'sign_off_request:' || s.id || ':' || d.version,
          w.id, NULL::uuid, s.email, s.name, w.title, w.team_name, w.deadline, d.version, 0,
          ${optionName(Prisma.sql`s.locale`)}, NULL, coalesce(w.invite_rotated_at, w.created_at),
          s.id, 0, s.locale
        FROM ${CURRENT_DECISIONS} d
        JOIN workshops w ON w.id = d.workshop_id
        JOIN signatories s ON s.workshop_id = w.id AND s.revoked_at IS NULL AND NOT s.mail_off
        WHERE greatest(d.created_at, s.created_at) > ${now}::timestamptz - ${SIGN_OFF_LOOKBACK}::interval
          AND NOT EXISTS (
            SELECT 1 FROM sign_offs o WHERE o.signatory_id = s.id AND o.decision_version = d.version
          )
      ) UNION ALL (
        -- Everyone still asked has answered the version in force.
        SELECT 'sign_offs_complete'::mail_kind,
          'sign_offs_complete:' || w.id || ':' || d.version,
          w.id, NULL::uuid, w.notify_email, NULL::text, w.title, w.team_name, w.deadline,
          d.version, answers.approved, ${optionName(Prisma.sql`w.notify_locale`)}, NULL,
          coalesce(w.invite_rotated_at, w.created_at), NULL, answers.asked, w.notify_locale
        FROM ${CURRENT_DECISIONS} d
        JOIN workshops w ON w.id = d.workshop_id
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS asked, count(o.id)::int AS answered,
            (count(*) FILTER (WHERE o.answer = 'approved'))::int AS approved,
            max(o.created_at) AS last_answer
          FROM signatories s
          LEFT JOIN sign_offs o ON o.signatory_id = s.id AND o.decision_version = d.version
          WHERE s.workshop_id = w.id AND s.revoked_at IS NULL
        ) answers
        WHERE w.notify_email IS NOT NULL AND w.notify_unsubscribe_token_hash IS NOT NULL
          AND answers.asked > 0 AND answers.answered = answers.asked
          AND answers.last_answer > ${now}::timestamptz - ${SIGN_OFF_LOOKBACK}::interval
      )
    ), due AS (
      -- Leaves out what is claimed already (unless its retry time has come), so that the batch
      -- limit counts only new work; the unique dedupe_key still decides races between runs.
      SELECT * FROM candidates c
      WHERE NOT EXISTS (
        SELECT 1 FROM outbound_mails m
        WHERE m.dedupe_key = c.dedupe_key
          AND (m.retry_after IS NULL OR m.retry_after > ${now}::timestamptz)
      )
      LIMIT ${batch}
    ), claimed AS (
      INSERT INTO outbound_mails AS m (kind, dedupe_key, workshop_id, participant_id)
      SELECT kind, dedupe_key, workshop_id, participant_id FROM due
      ON CONFLICT (dedupe_key) DO UPDATE SET claimed_at = CURRENT_TIMESTAMP, retry_after = NULL
        WHERE m.retry_after <= ${now}::timestamptz
      RETURNING m.id, m.dedupe_key, m.attempts
    )
    SELECT claimed.id, due.kind::text AS kind, due.dedupe_key AS "dedupeKey", claimed.attempts,
      due.workshop_id AS "workshopId", due.participant_id AS "participantId", due.recipient,
      due.display_name AS "displayName", due.title, due.team_name AS "teamName", due.deadline,
      due.round_number AS "roundNumber", due.voted, due.option_name AS "optionName", due.day,
      due.invite_generation AS "inviteGeneration", due.signatory_id AS "signatoryId", due.asked,
      due.locale
    FROM claimed JOIN due ON due.dedupe_key = claimed.dedupe_key`,
  );
}

function contentOf(claim: Claim, now: Date): MailContent {
  const secret = authSecret();
  const common = {
    appUrl: env().APP_URL,
    workshopId: claim.workshopId,
    title: claim.title,
    teamName: claim.teamName,
    locale: claim.locale,
  };
  const chosenOption = claim.optionName ?? mailWords(claim.locale)("chosenOption");
  if (claim.kind === "pilot_ended" || claim.kind === "review_due") {
    const facilitator = {
      ...common,
      unsubscribeToken: deriveUnsubscribeToken(secret, "workshop", claim.workshopId),
      optionName: chosenOption,
    };
    return claim.kind === "pilot_ended"
      ? pilotEndedMail({ ...facilitator, pilotEnd: claim.day! })
      : reviewDueMail({ ...facilitator, reviewOn: claim.day! });
  }
  if (claim.kind === "sign_offs_complete") {
    return signOffsCompleteMail({
      ...common,
      unsubscribeToken: deriveUnsubscribeToken(secret, "workshop", claim.workshopId),
      optionName: chosenOption,
      version: claim.roundNumber,
      approved: claim.voted,
      asked: claim.asked,
    });
  }
  if (claim.kind === "sign_off_request") {
    return signOffRequestMail({
      ...common,
      unsubscribeToken: deriveUnsubscribeToken(secret, "signatory", claim.signatoryId!),
      displayName: claim.displayName ?? "",
      optionName: chosenOption,
      version: claim.roundNumber,
      signOffToken: deriveSignOffToken(secret, claim.signatoryId!),
    });
  }
  if (claim.kind === "all_voted") {
    return allVotedMail({
      ...common,
      unsubscribeToken: deriveUnsubscribeToken(secret, "workshop", claim.workshopId),
      voted: claim.voted,
      roundNumber: claim.roundNumber,
    });
  }
  const participant = {
    ...common,
    unsubscribeToken: deriveUnsubscribeToken(secret, "participant", claim.participantId!),
    displayName: claim.displayName ?? "",
  };
  if (claim.kind === "rerun_invite") {
    return rerunInviteMail({
      ...participant,
      inviteToken: deriveInviteToken(secret, claim.workshopId, claim.inviteGeneration),
      deadline: claim.deadline,
    });
  }
  if (claim.kind === "nudge") {
    return nudgeMail({
      ...participant,
      roundNumber: claim.roundNumber,
      deadline: claim.deadline,
      now,
    });
  }
  return claim.kind === "deadline_reminder"
    ? deadlineReminderMail({ ...participant, deadline: claim.deadline!, now })
    : resultsReadyMail({ ...participant, roundNumber: claim.roundNumber });
}

/** Exponential backoff between retries of a mail that certainly did not go out. */
function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** attempts, 60);
}

async function send(claim: Claim, now: Date): Promise<MailOutcome> {
  const outcome = { kind: claim.kind, dedupeKey: claim.dedupeKey };
  const recipient = deriveRecipientKey(
    authSecret(),
    WORKSHOP_MAILS_PER_RECIPIENT.name,
    claim.recipient,
  );
  if (!(await hit(WORKSHOP_MAILS_PER_RECIPIENT, recipient, now)).allowed) {
    // Dropped for good: putting it off would still deliver a flood, only more slowly.
    await prisma().$executeRaw`
      UPDATE outbound_mails
      SET last_error = 'Not sent: this address got as many workshop mails as it may this hour.',
        retry_after = NULL
      WHERE id = ${claim.id}::uuid`;
    return { ...outcome, sent: false };
  }
  try {
    await sendMail({ to: claim.recipient, ...contentOf(claim, now) });
  } catch (error) {
    const attempts = claim.attempts + 1;
    const retry = error instanceof MailNotSentError && error.retryable && attempts < MAX_ATTEMPTS;
    const retryAfter = retry
      ? new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000)
      : null;
    console.error(`Could not send the mail ${claim.dedupeKey}`, error);
    await prisma().$executeRaw`
      UPDATE outbound_mails
      SET attempts = ${attempts}, last_error = left(${withoutAddresses(String(error))}, 2000),
        retry_after = ${retryAfter}::timestamptz
      WHERE id = ${claim.id}::uuid`;
    return { ...outcome, sent: false };
  }
  await prisma().$executeRaw`
    UPDATE outbound_mails
    SET sent_at = CURRENT_TIMESTAMP, attempts = ${claim.attempts + 1}, last_error = NULL
    WHERE id = ${claim.id}::uuid`;
  return { ...outcome, sent: true };
}

/**
 * Sends every workshop mail due at `now`: deadline reminders (the deadline within 24 hours, to
 * opted-in participants who have not finished voting in the round it governs), results links
 * (after a reveal, by hand or by deadline, to opted-in participants) and "everyone has voted"
 * (to the workshop's notify address, once per round), the facilitator's nudges (to
 * opted-in participants who have not voted yet) and invitations to a re-run (to the earlier
 * run's opted-in participants). One at a time: a run sends a few mails,
 * and a slow mail server then only delays the next run.
 */
export async function sendDueMails(
  now: Date = new Date(),
  { batch = BATCH }: { batch?: number } = {},
): Promise<MailOutcome[]> {
  const claims = await claimDueMails(now, batch);
  const outcomes: MailOutcome[] = [];
  for (const claim of claims) outcomes.push(await send(claim, now));
  return outcomes;
}

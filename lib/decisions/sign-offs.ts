import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import type { Grant } from "@/lib/access/gate";
import { deriveSignOffToken, deriveUnsubscribeToken, hashToken } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db/prisma";
import { oneRow, rows } from "@/lib/db/rows";
import { authSecret } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isToken } from "@/lib/ids";
import { actorColumns, type AuditAction } from "@/lib/workshops/audit";
import {
  DECISION_LIMITS,
  signOffAnswers,
  type AnswerSignOffInput,
  type RequestSignOffsInput,
  type SignOffAnswer,
} from "./schema";

// Sign-off: the facilitator names the people who must approve the decision, by e-mail. Each
// gets a personal link (/d/<token>) in a mail from the outbox (lib/mail/outbox.ts
// sign_off_request), reads the brief, and approves or asks for changes for the version they
// read. Recording a new version asks everyone again with the same link; answers are never
// edited, so the answers per version are the approval chain an auditor asks for. Once everyone
// asked has answered the version in force, the workshop's address is told
// (sign_offs_complete).
//
// The link proves who answers: its token is derived from the server secret and the
// signatory's id, mailed only to them and never shown to the facilitator, and stored as a hash.
// Removing a signatory ends their link; what they already answered stays on record. Their
// address is used for these mails only: it is never part of what pages, exports or the audit
// trail show.

export interface SignOffEntry {
  version: number;
  answer: SignOffAnswer;
  comment: string | null;
  at: Date;
}

export interface SignatorySummary {
  id: string;
  name: string;
  askedAt: Date;
  /** Removed by the facilitator: no longer asked, earlier answers kept. */
  removed: boolean;
  /** Newest first. */
  answers: SignOffEntry[];
}

const signatoryRow = z.object({
  id: z.string(),
  name: z.string(),
  askedAt: z.date(),
  removed: z.boolean(),
});

const signOffRow = z.object({
  signatoryId: z.string(),
  version: z.number().int(),
  answer: z.enum(signOffAnswers),
  comment: z.string().nullable(),
  at: z.date(),
});

/**
 * Everyone asked to sign off the workshop's decision, in the order they were asked (by name among
 * those asked at once), with their answers. Removed people appear only when they answered
 * something.
 */
export async function loadSignatories(workshopId: string): Promise<SignatorySummary[]> {
  const [people, answers] = await Promise.all([
    rows(
      "loadSignatories.people",
      signatoryRow,
      prisma().$queryRaw`
      SELECT id, name, created_at AS "askedAt", revoked_at IS NOT NULL AS removed
      FROM signatories s
      WHERE workshop_id = ${workshopId}::uuid
        AND (revoked_at IS NULL OR EXISTS (SELECT 1 FROM sign_offs o WHERE o.signatory_id = s.id))
      ORDER BY created_at, name, id`,
    ),
    rows(
      "loadSignatories.answers",
      signOffRow,
      prisma().$queryRaw`
      SELECT signatory_id AS "signatoryId", decision_version AS version, answer, comment,
        created_at AS at
      FROM sign_offs WHERE workshop_id = ${workshopId}::uuid
      ORDER BY decision_version DESC`,
    ),
  ]);
  return people.map((person) => ({
    ...person,
    answers: answers
      .filter((answer) => answer.signatoryId === person.id)
      .map(({ version, answer, comment, at }) => ({ version, answer, comment, at })),
  }));
}

const requestedRow = z.object({
  decided: z.boolean(),
  added: z.number().int(),
  active: z.number().int(),
});

/**
 * Asks people to sign off the decision in force. An address already asked (and not removed) is
 * skipped; at most DECISION_LIMITS.signatories people at a time. The mails go out through the
 * outbox.
 */
export async function requestSignOffs(
  grant: Grant<"sign-offs.request">,
  input: RequestSignOffsInput,
  /** The language the request is made in: the mails to these people speak it. */
  locale: Locale,
): Promise<{ added: number }> {
  const { workshopId, by } = grant;
  const secret = authSecret();
  const people = input.signatories.map((person) => {
    const id = randomUUID();
    return {
      id,
      name: person.name,
      email: person.email,
      tokenHash: hashToken(deriveSignOffToken(secret, id)),
      unsubscribeHash: hashToken(deriveUnsubscribeToken(secret, "signatory", id)),
    };
  });
  const row = await prisma().$transaction(async (tx) => {
    // Locked, so two requests at once cannot both fill the last places.
    await tx.$queryRaw`SELECT 1 FROM workshops WHERE id = ${workshopId}::uuid FOR NO KEY UPDATE`;
    return oneRow(
      "requestSignOffs",
      requestedRow,
      tx.$queryRaw`
      WITH input AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(people)}::jsonb)
          AS x(id uuid, name text, email text, "tokenHash" text, "unsubscribeHash" text)
      ), decided AS (
        SELECT EXISTS (SELECT 1 FROM decision_versions WHERE workshop_id = ${workshopId}::uuid)
          AS decided
      ), added AS (
        INSERT INTO signatories (id, workshop_id, name, email, token_hash, unsubscribe_token_hash,
          locale)
        SELECT id, ${workshopId}::uuid, name, email, "tokenHash", "unsubscribeHash", ${locale}
        FROM input
        WHERE (SELECT decided FROM decided)
          AND (SELECT count(*) FROM signatories WHERE workshop_id = ${workshopId}::uuid
            AND revoked_at IS NULL) + (SELECT count(*) FROM input)
            <= ${DECISION_LIMITS.signatories}
        ON CONFLICT (workshop_id, email) WHERE revoked_at IS NULL DO NOTHING
        RETURNING id
      ), audited AS (
        INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
        SELECT ${workshopId}::uuid, ${actorColumns(by)},
          ${"sign-off.requested" satisfies AuditAction}, jsonb_build_object('signatoryId', id)
        FROM added
      )
      SELECT (SELECT decided FROM decided) AS decided,
        (SELECT count(*)::int FROM added) AS added,
        (SELECT count(*)::int FROM signatories WHERE workshop_id = ${workshopId}::uuid
          AND revoked_at IS NULL) AS active`,
    );
  });
  if (!row) throw new AppError("not-found");
  if (!row.decided) throw new AppError("no-decision");
  if (row.added === 0 && row.active + people.length > DECISION_LIMITS.signatories) {
    throw new AppError("invalid-input", { signatories: "too-many" });
  }
  return { added: row.added };
}

/** Removes a signatory: their link stops working, their answers stay on record. */
export async function removeSignatory(
  grant: Grant<"sign-off.revoke">,
  signatoryId: string,
): Promise<void> {
  const { workshopId, by } = grant;
  const row = await oneRow(
    "removeSignatory",
    z.object({ found: z.boolean() }),
    prisma().$queryRaw`
    WITH target AS (
      SELECT id FROM signatories WHERE id = ${signatoryId}::uuid
        AND workshop_id = ${workshopId}::uuid
    ), removed AS (
      UPDATE signatories SET revoked_at = CURRENT_TIMESTAMP
      WHERE id = (SELECT id FROM target) AND revoked_at IS NULL
      RETURNING id
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT ${workshopId}::uuid, ${actorColumns(by)}, ${"sign-off.revoked" satisfies AuditAction},
        jsonb_build_object('signatoryId', id)
      FROM removed
    )
    SELECT EXISTS (SELECT 1 FROM target) AS found`,
  );
  if (!row?.found) throw new AppError("not-found");
}

/** Who a personal sign-off link belongs to. */
export interface SignatoryLink {
  signatoryId: string;
  workshopId: string;
  name: string;
}

const linkRow = z.object({ signatoryId: z.string(), workshopId: z.string(), name: z.string() });

/** The signatory a personal link belongs to; null for unknown and removed ones alike. */
export async function findSignatory(token: string): Promise<SignatoryLink | null> {
  if (!isToken(token)) return null;
  return oneRow(
    "findSignatory",
    linkRow,
    prisma().$queryRaw`
    SELECT id AS "signatoryId", workshop_id AS "workshopId", name
    FROM signatories WHERE token_hash = ${hashToken(token)} AND revoked_at IS NULL`,
  );
}

const answeredRow = z.object({
  current: z.number().int().nullable(),
  answered: z.boolean(),
});

/**
 * Records the signatory's answer for the version they read. Refused when a newer version was
 * recorded meanwhile (they must read it first) and when they already answered that version.
 * One statement: the answer and its audit event, only for the version in force.
 */
export async function answerSignOff(link: SignatoryLink, input: AnswerSignOffInput): Promise<void> {
  const { signatoryId, workshopId } = link;
  const by = { kind: "signatory", signatoryId } as const;
  const row = await oneRow(
    "answerSignOff",
    answeredRow,
    prisma().$queryRaw`
    WITH current AS (
      SELECT max(version) AS version FROM decision_versions
      WHERE workshop_id = ${workshopId}::uuid
    ), answered AS (
      INSERT INTO sign_offs (signatory_id, workshop_id, decision_version, answer, comment)
      SELECT s.id, s.workshop_id, current.version, ${input.answer}, ${input.comment ?? null}
      FROM signatories s CROSS JOIN current
      WHERE s.id = ${signatoryId}::uuid AND s.revoked_at IS NULL
        AND current.version = ${input.version}
      ON CONFLICT (signatory_id, decision_version) DO NOTHING
      RETURNING id, decision_version
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT ${workshopId}::uuid, ${actorColumns(by)}, ${"sign-off.answered" satisfies AuditAction},
        jsonb_build_object('version', decision_version, 'answer', ${input.answer}::text)
      FROM answered
    )
    SELECT (SELECT version FROM current) AS current,
      EXISTS (SELECT 1 FROM answered) AS answered`,
  );
  if (!row || row.current === null) throw new AppError("not-found");
  if (row.answered) return;
  if (row.current !== input.version) throw new AppError("decision-changed");
  throw new AppError("already-answered");
}

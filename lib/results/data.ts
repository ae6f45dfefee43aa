import "server-only";
import { z } from "zod";
import { deriveBallotPseudonym } from "@/lib/auth/tokens";
import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import { jsonTimestamp, oneRow } from "@/lib/db/rows";
import { authSecret } from "@/lib/env";
import type { Ballot, Framework } from "@/lib/scoring";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/ids";
import {
  participantRoleSchema,
  roundStatusSchema,
  workshopStatusSchema,
} from "@/lib/workshops/data";
import { cachedSource } from "./cache";
import type { Rationale, ResultsSource, RevealedRound } from "./source";

// Reads what a workshop's results are computed from, in one query. Only revealed rounds are
// read: nothing of a round that is still open leaves the database here. A participant removed
// after a round's reveal still counts in it (the result people saw stays reproducible); one
// removed before the reveal does not. Anonymous workshops never read names or roles.
//
// Every read first takes the workshop's stamp, a small query, and reuses the results read under
// the same stamp (lib/results/cache.ts), so a room of hundreds opening the results at the reveal
// reads them once. The stamp is the row versions (PostgreSQL's xmin, new with every update) of
// the workshop and of each of its rounds: weights, status, a reveal, a new round, a framework
// or contract changed by a migration, any update at all makes a new stamp. What it does not
// cover cannot change what is read: votes are saved only in open rounds, names and roles are
// fixed at joining, and a removal after a reveal does not count in it.

const stampRow = z.object({
  version: z.string(),
  roundVersions: z.array(z.tuple([z.number().int(), z.string()])),
});

function stampOf(row: z.output<typeof stampRow>): string {
  return JSON.stringify([row.version, row.roundVersions]);
}

/** One vote as a JSON array, the compact form for a round of many: who, what, score, note. */
const voteRow = z.tuple([
  z.string(),
  z.string(),
  z.number().int().nullable(),
  z.string().nullable(),
]);

/** loadResults' one row: the workshop, its frozen framework, and its revealed rounds' votes. */
const resultsRow = z.object({
  id: z.string(),
  title: z.string(),
  teamName: z.string(),
  description: z.string().nullable(),
  anonymous: z.boolean(),
  teamSize: z.number().int().nullable(),
  mode: z.enum(["live", "async"]),
  status: workshopStatusSchema,
  // Only checked to be an object here: the scoring library validates a framework when it scores
  // with it (validateFramework), which need not happen twice.
  framework: z.custom<Framework>(
    (value) => typeof value === "object" && value !== null && !Array.isArray(value),
    "Expected the framework's JSON object",
  ),
  weights: z.record(z.string(), z.number()).nullable(),
  latestRound: z.object({ number: z.number().int(), status: roundStatusSchema }),
  rounds: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      revealedAt: jsonTimestamp,
      revealedUnderContract: z.union([z.literal(1), z.literal(2)]),
      votes: z.array(voteRow),
    }),
  ),
  participants: z.array(
    z.object({
      id: z.string(),
      displayName: z.string().nullable(),
      role: participantRoleSchema.nullable(),
    }),
  ),
  ...stampRow.shape,
});
type ResultsRow = z.output<typeof resultsRow>;

function toRound(round: ResultsRow["rounds"][number], anonymous: boolean): RevealedRound {
  const ballots = new Map<string, Ballot>();
  const rationales: Rationale[] = [];
  const secret = anonymous ? authSecret() : "";
  for (const [storedId, criterionId, score, note] of round.votes) {
    const participantId = anonymous ? deriveBallotPseudonym(secret, round.id, storedId) : storedId;
    let ballot = ballots.get(participantId);
    if (!ballot) ballots.set(participantId, (ballot = { participantId, votes: {} }));
    ballot.votes[criterionId] = score;
    if (note !== null) rationales.push({ participantId, criterionId, score, text: note });
  }
  const byId = (a: { participantId: string }, b: { participantId: string }) =>
    a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0;
  return {
    id: round.id,
    number: round.number,
    revealedAt: round.revealedAt,
    revealedUnderContract: round.revealedUnderContract,
    ballots: anonymous ? [...ballots.values()].sort(byId) : [...ballots.values()],
    rationales: anonymous ? rationales.sort(byId) : rationales,
  };
}

/**
 * The workshop's revealed rounds (or only `roundId`, for a snapshot) with their ballots.
 * Throws not-found for an unknown workshop.
 */
export async function loadResults(
  workshopId: string,
  options: { roundId?: string } = {},
): Promise<ResultsSource> {
  if (!isId(workshopId)) throw new AppError("not-found");
  const roundId = options.roundId !== undefined && isId(options.roundId) ? options.roundId : null;
  if (options.roundId !== undefined && roundId === null) throw new AppError("not-found");
  const stamp = await oneRow(
    "resultsStamp",
    stampRow,
    prisma().$queryRaw`
    SELECT ${STAMP} FROM workshops w WHERE w.id = ${workshopId}::uuid`,
  );
  if (!stamp) throw new AppError("not-found");
  return cachedSource(roundId ? `${workshopId}/${roundId}` : workshopId, stampOf(stamp), () =>
    readResults(workshopId, roundId),
  );
}

/** The stamp's columns for workshop `w`: its row version and its rounds', oldest first. */
const STAMP = Prisma.sql`w.xmin::text AS version,
  (SELECT coalesce(json_agg(json_build_array(r.number, r.xmin::text) ORDER BY r.number), '[]')
    FROM rounds r WHERE r.workshop_id = w.id) AS "roundVersions"`;

async function readResults(
  workshopId: string,
  roundId: string | null,
): Promise<{ source: ResultsSource; stamp: string }> {
  const row = await oneRow(
    "loadResults",
    resultsRow,
    prisma().$queryRaw`
    WITH revealed AS (
      SELECT r.id, r.number, r.revealed_at, r.revealed_under_contract FROM rounds r
      WHERE r.workshop_id = ${workshopId}::uuid AND r.revealed_at IS NOT NULL
        AND (${roundId}::uuid IS NULL OR r.id = ${roundId}::uuid)
    ), counted AS (
      SELECT v.round_id, v.participant_id, v.criterion_id, v.score, v.rationale
      FROM revealed r
      JOIN votes v ON v.round_id = r.id
      JOIN participants p ON p.id = v.participant_id
      JOIN LATERAL round_ballots(r.id) b ON b.participant_id = v.participant_id
      WHERE (p.removed_at IS NULL OR p.removed_at > r.revealed_at) AND b.status = 'voted'
    )
    SELECT w.id, w.title, w.team_name AS "teamName", w.description, w.anonymous,
      w.team_size AS "teamSize", w.mode::text AS mode, w.status::text AS status, w.framework, w.weights,
      (SELECT json_build_object('number', r.number, 'status', r.status) FROM rounds r
        WHERE r.workshop_id = w.id ORDER BY r.number DESC LIMIT 1) AS "latestRound",
      (SELECT coalesce(json_agg(json_build_object('id', r.id, 'number', r.number,
          'revealedAt', r.revealed_at, 'revealedUnderContract', r.revealed_under_contract,
          'votes', (SELECT coalesce(json_agg(json_build_array(c.participant_id, c.criterion_id,
              c.score, c.rationale) ORDER BY c.participant_id, c.criterion_id), '[]')
            FROM counted c WHERE c.round_id = r.id))
          ORDER BY r.number), '[]')
        FROM revealed r) AS rounds,
      (SELECT coalesce(json_agg(json_build_object('id', p.id,
          'displayName', CASE WHEN w.anonymous THEN NULL ELSE p.display_name END,
          'role', CASE WHEN w.anonymous THEN NULL ELSE p.role END)
          ORDER BY p.joined_at, p.id), '[]')
        FROM participants p
        WHERE NOT w.anonymous AND p.id IN (SELECT participant_id FROM counted)) AS participants,
      ${STAMP}
    FROM workshops w
    WHERE w.id = ${workshopId}::uuid`,
  );
  if (!row) throw new AppError("not-found");
  if (roundId !== null && row.rounds.length === 0) throw new AppError("not-found");
  const {
    framework,
    weights,
    latestRound,
    rounds,
    participants,
    version,
    roundVersions,
    ...workshop
  } = row;
  return {
    source: {
      workshop,
      framework,
      weights,
      participants,
      rounds: rounds.map((round) => toRound(round, workshop.anonymous)),
      latestRound,
    },
    stamp: stampOf({ version, roundVersions }),
  };
}

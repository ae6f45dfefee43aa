import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { deriveShareToken, hashToken } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db/prisma";
import { oneRow } from "@/lib/db/rows";
import { authSecret } from "@/lib/env";
import { publishChange } from "@/lib/realtime/bus";
import { actorColumns, type AuditAction } from "./audit";
import { AppError } from "@/lib/errors";
import type { Grant } from "@/lib/access/gate";
import { type CreateShareLinkInput } from "./schema";
import { isToken } from "@/lib/ids";
import { SCORING_CONTRACT, type ContractVersion } from "@/lib/scoring";

// Read-only links that take a workshop's results to people outside it. A link is either live
// (always the newest revealed round, with the weights as they are now) or a snapshot (one round,
// with the weights frozen when the link was made: the votes of a revealed round never change,
// the weights can). The token is derived from the server secret and the link's random id, so
// only its hash is stored and the facilitator can still copy the link later; revoking or
// expiring it ends it for good.

const shareLinkModeSchema = z.enum(["live", "snapshot"]);
export type ShareLinkMode = z.infer<typeof shareLinkModeSchema>;

export interface ShareLinkSummary {
  id: string;
  label: string;
  mode: ShareLinkMode;
  /** The round a snapshot shows; null for live links. */
  roundNumber: number | null;
  token: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  shows: { names: boolean; reasons: boolean; csv: boolean };
  /** Made before links had options: it shows names, reasons and the CSV. */
  madeBeforeOptions: boolean;
}

/** What a share link shows, once it is known to be valid. */
export interface SharedResults {
  shareLinkId: string;
  workshopId: string;
  label: string;
  mode: ShareLinkMode;
  shows: { names: boolean; reasons: boolean; csv: boolean };
  /** For snapshots: the round, and the weights and scoring contract frozen with it. */
  snapshot: {
    roundId: string;
    weights: Record<string, number> | null;
    contract: ContractVersion;
  } | null;
}

/** createShareLink's statement: the round a snapshot would freeze, and whether it made the link. */
const createdLinkRow = z.object({ roundId: z.string().nullable(), created: z.boolean() });

/**
 * Creates a share link. A snapshot freezes the newest revealed round, so it needs one; a live
 * link can be made before the first reveal and shows nothing until then.
 */
export async function createShareLink(
  grant: Grant<"share-link.create">,
  input: CreateShareLinkInput,
): Promise<{ shareLinkId: string; token: string }> {
  const { workshopId, by } = grant;
  const shareLinkId = randomUUID();
  const token = deriveShareToken(authSecret(), shareLinkId);
  const snapshot = input.mode === "snapshot";
  const row = await oneRow(
    "createShareLink",
    createdLinkRow,
    prisma().$queryRaw`
    WITH workshop AS (
      SELECT w.id, w.weights,
        (SELECT r.id FROM rounds r WHERE r.workshop_id = w.id AND r.revealed_at IS NOT NULL
          ORDER BY r.number DESC LIMIT 1) AS round_id
      FROM workshops w WHERE w.id = ${workshopId}::uuid
    ), created AS (
      INSERT INTO share_links (id, workshop_id, token_hash, label, mode, snapshot_round_id,
        snapshot, expires_at, show_names, show_reasons, show_csv)
      SELECT ${shareLinkId}::uuid, id, ${hashToken(token)}, ${input.label},
        ${input.mode}::share_link_mode,
        CASE WHEN ${snapshot}::boolean THEN round_id END,
        CASE WHEN ${snapshot}::boolean
          THEN jsonb_build_object('weights', weights, 'contract', ${SCORING_CONTRACT}::int) END,
        ${input.expiresAt ?? null}::timestamptz, ${input.showNames}, ${input.showReasons},
        ${input.showCsv}
      FROM workshop
      WHERE NOT ${snapshot}::boolean OR round_id IS NOT NULL
      RETURNING id, workshop_id
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT workshop_id, ${actorColumns(by)}, ${"share-link.created" satisfies AuditAction},
        jsonb_build_object('shareLinkId', id, 'mode', ${input.mode}::text,
          'showNames', ${input.showNames}::boolean, 'showReasons', ${input.showReasons}::boolean,
          'showCsv', ${input.showCsv}::boolean)
      FROM created
    )
    SELECT workshop.round_id AS "roundId", EXISTS (SELECT 1 FROM created) AS created
    FROM workshop`,
  );
  if (!row) throw new AppError("not-found");
  if (!row.created) throw new AppError("round-not-revealed");
  return { shareLinkId, token };
}

/** revokeShareLink's statement, for a link of the workshop: whether this call revoked it. */
const revokedLinkRow = z.object({ revoked: z.boolean() });

/** Revokes a share link of the workshop; revoking it again changes nothing. */
export async function revokeShareLink(
  grant: Grant<"share-link.revoke">,
  shareLinkId: string,
): Promise<void> {
  const { workshopId, by } = grant;
  const row = await oneRow(
    "revokeShareLink",
    revokedLinkRow,
    prisma().$queryRaw`
    WITH link AS (
      SELECT id FROM share_links
      WHERE id = ${shareLinkId}::uuid AND workshop_id = ${workshopId}::uuid
    ), revoked AS (
      UPDATE share_links SET revoked_at = CURRENT_TIMESTAMP
      WHERE id = (SELECT id FROM link) AND revoked_at IS NULL
      RETURNING id, workshop_id
    ), audited AS (
      INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
      SELECT workshop_id, ${actorColumns(by)}, ${"share-link.revoked" satisfies AuditAction},
        jsonb_build_object('shareLinkId', id)
      FROM revoked
    )
    SELECT EXISTS (SELECT 1 FROM revoked) AS revoked FROM link`,
  );
  if (!row) throw new AppError("not-found");
  // Ends the streams of pages open on the link.
  if (row.revoked) publishChange(workshopId, "share-link-revoked");
}

/** The workshop's share links, newest first, for its facilitator. */
export async function listShareLinks(
  grant: Grant<"share-links.list">,
): Promise<ShareLinkSummary[]> {
  const { workshopId } = grant;
  const links = await prisma().shareLink.findMany({
    where: { workshopId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      label: true,
      mode: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      showNames: true,
      showReasons: true,
      showCsv: true,
      madeBeforeOptions: true,
      snapshotRound: { select: { number: true } },
    },
  });
  const secret = authSecret();
  return links.map(({ snapshotRound, showNames, showReasons, showCsv, ...link }) => ({
    ...link,
    shows: { names: showNames, reasons: showReasons, csv: showCsv },
    roundNumber: snapshotRound?.number ?? null,
    token: deriveShareToken(secret, link.id),
  }));
}

/** A share link that is neither revoked nor expired. */
const sharedLinkRow = z.object({
  id: z.string(),
  workshopId: z.string(),
  label: z.string(),
  mode: shareLinkModeSchema,
  roundId: z.string().nullable(),
  showNames: z.boolean(),
  showReasons: z.boolean(),
  showCsv: z.boolean(),
  snapshot: z
    .object({
      weights: z.record(z.string(), z.number()).nullable(),
      contract: z.union([z.literal(1), z.literal(2)]).optional(),
    })
    .nullable(),
});

/** The results a share link stands for; null for unknown, revoked and expired links alike. */
export async function findSharedResults(token: string): Promise<SharedResults | null> {
  if (!isToken(token)) return null;
  const link = await oneRow(
    "findSharedResults",
    sharedLinkRow,
    prisma().$queryRaw`
    SELECT id, workshop_id AS "workshopId", label, mode::text AS mode,
      snapshot_round_id AS "roundId", snapshot, show_names AS "showNames",
      show_reasons AS "showReasons", show_csv AS "showCsv"
    FROM share_links
    WHERE token_hash = ${hashToken(token)} AND revoked_at IS NULL
      AND (expires_at IS NULL OR expires_at > CURRENT_TIMESTAMP)`,
  );
  if (!link) return null;
  return {
    shareLinkId: link.id,
    workshopId: link.workshopId,
    label: link.label,
    mode: link.mode,
    shows: { names: link.showNames, reasons: link.showReasons, csv: link.showCsv },
    snapshot:
      link.roundId === null
        ? null
        : {
            roundId: link.roundId,
            weights: link.snapshot?.weights ?? null,
            // Snapshots from before contracts were recorded followed the first.
            contract: link.snapshot?.contract ?? 1,
          },
  };
}

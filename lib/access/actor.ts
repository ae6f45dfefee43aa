import "server-only";
import { z } from "zod";
import type { Credentials } from "@/lib/auth/cookies";
import { hashToken } from "@/lib/auth/tokens";
import { Prisma } from "@/lib/db/generated/client";
import { participantOfCredentials } from "./participant-of";
import { prisma } from "@/lib/db/prisma";
import { oneRow } from "@/lib/db/rows";
import { AppError } from "@/lib/errors";
import { isId, isToken, type WorkshopId } from "@/lib/ids";
import type { Actor } from "./permissions";

// Who is calling, in one workshop: the credentials a request carries (lib/auth/cookies.ts),
// resolved against the database into an Actor that the permission table (./permissions.ts)
// judges. Only the gate (./gate.ts) calls it, with a workshop id it has parsed.

/** resolveActor's statement: what the credentials are in the workshop. */
const powersRow = z.object({
  owned: z.boolean(),
  owns: z.boolean(),
  capabilityId: z.string().nullable(),
  participantId: z.string().nullable(),
});

/**
 * The powers the request's credentials carry in one workshop, in one query: facilitator by a
 * capability that is not revoked or by owning the workshop, keeper by owning it or by such a
 * capability while no account owns it; participant by the guest token or
 * the account, unless removed. When both identify a participant, the guest cookie wins: it is
 * the identity this browser voted with. Throws not-found for an unknown workshop.
 */
export async function resolveActor(
  workshopId: WorkshopId,
  credentials: Credentials,
): Promise<Actor> {
  const userId =
    credentials.userId !== undefined && isId(credentials.userId) ? credentials.userId : null;
  const guestHash =
    credentials.guestToken !== undefined && isToken(credentials.guestToken)
      ? hashToken(credentials.guestToken)
      : null;
  const capabilityHashes = credentials.capabilityTokens.filter(isToken).map(hashToken);

  const row = await oneRow(
    "resolveActor",
    powersRow,
    prisma().$queryRaw`
    SELECT
      w.owner_id IS NOT NULL AS "owned",
      coalesce(w.owner_id = ${userId}::uuid, false) AS "owns",
      (SELECT c.id FROM facilitator_capabilities c
        WHERE c.workshop_id = w.id AND c.revoked_at IS NULL
          AND c.token_hash = ANY(${capabilityHashes}::text[])
        LIMIT 1) AS "capabilityId",
      (${participantOfCredentials(Prisma.sql`w.id`, { guestHash, userId })}) AS "participantId"
    FROM workshops w
    WHERE w.id = ${workshopId}::uuid`,
  );
  if (!row) throw new AppError("not-found");

  const facilitates = row.owns || row.capabilityId !== null;
  const keeps = row.owns || (!row.owned && row.capabilityId !== null);
  return {
    ...(userId !== null && { userId }),
    facilitatorOf: new Set(facilitates ? [workshopId] : []),
    keeperOf: new Set(keeps ? [workshopId] : []),
    ...(row.participantId !== null && { participantId: row.participantId }),
    ...(row.capabilityId !== null && { capabilityId: row.capabilityId }),
  };
}

/** The account that wrote a framework, or null for an id that is malformed or unknown. */
export async function frameworkOwner(frameworkIdParam: string): Promise<string | null> {
  if (!isId(frameworkIdParam)) return null;
  const found = await prisma().framework.findUnique({
    where: { id: frameworkIdParam },
    select: { ownerId: true },
  });
  return found?.ownerId ?? null;
}

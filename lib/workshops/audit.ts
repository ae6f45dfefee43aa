import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/prisma";
import type { AuditActor } from "@/lib/access/permissions";

// The audit trail every write records inside its own statement or transaction. Audit data holds
// ids and settings only: no names, e-mails, scores or rationales.

export type AuditAction =
  | "workshop.created"
  | "participant.joined"
  | "vote.saved"
  | "round.revealed"
  | "round.closed"
  | "round.opened"
  | "workshop.closed"
  | "invite.rotated"
  | "facilitator-link.rotated"
  | "participant.removed"
  | "workshop.deleted"
  | "workshop.claimed"
  | "workshop.rerun"
  | "weights.set"
  | "deadline.set"
  | "auto-reveal.set"
  | "share-link.created"
  | "share-link.revoked"
  | "decision.recorded"
  | "decision.step-updated"
  | "sign-off.requested"
  | "sign-off.revoked"
  | "sign-off.answered"
  | "participants.nudge";

export function actorId(by: AuditActor): string | null {
  switch (by.kind) {
    case "system":
      return null;
    case "user":
      return by.userId;
    case "facilitator":
      return by.capabilityId;
    case "participant":
      return by.participantId;
    case "signatory":
      return by.signatoryId;
  }
}

/** The actor_kind and actor_id values of an audit row written in SQL. */
export function actorColumns(by: AuditActor): Prisma.Sql {
  return Prisma.sql`${by.kind}::audit_actor_kind, ${actorId(by)}::uuid`;
}

export function audit(
  tx: Prisma.TransactionClient,
  workshopId: string | null,
  by: AuditActor,
  action: AuditAction,
  data: Record<string, string | number> = {},
) {
  return tx.auditEvent.create({
    data: { workshopId, actorKind: by.kind, actorId: actorId(by), action, data },
    select: { id: true },
  });
}

/** A workshop's audit trail, oldest first: what happened, when and by what kind of actor. */
export async function auditTrailOf(
  workshopId: string,
): Promise<{ at: Date; action: string; actorKind: string; data: unknown }[]> {
  const events = await prisma().auditEvent.findMany({
    where: { workshopId },
    orderBy: { id: "asc" },
    select: { createdAt: true, action: true, actorKind: true, data: true },
  });
  return events.map((event) => ({
    at: event.createdAt,
    action: event.action,
    actorKind: event.actorKind,
    data: event.data,
  }));
}

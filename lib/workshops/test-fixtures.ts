// Builders for the workshop domain's database tests. They write through the app's own prisma(),
// which lib/db/test-setup.ts points at each test file's own migrated schema.
import { getFacilitatorView, findFacilitatorCapability } from "./data";
import { createWorkshop, joinWorkshop } from "./mutations";
import type { AuditActor } from "@/lib/access/permissions";
import type { ParticipantRole } from "./roles";
import type { CreateWorkshopInput } from "./schema";

export const workshopInput: CreateWorkshopInput = {
  title: "How should our models reach production?",
  teamName: "Fraud ML",
  description: "Quarterly workflow review",
  frameworkId: "ml-lifecycle",
  mode: "live",
  deadlineAction: "reveal",
  anonymous: false,
};

export const criteria = ["governance", "speed", "skills", "cost"] as const;

export interface StartedWorkshop {
  workshopId: string;
  facilitatorToken: string;
  /** The audit identity of the facilitator who created it. */
  facilitator: AuditActor;
  inviteToken: string;
  roundId: string;
  participants: { participantId: string; guestToken: string }[];
}

/** A workshop with `participants` guests joined, as a facilitator and their team would make it. */
export async function startWorkshop(
  options: {
    participants?: number;
    ownerUserId?: string;
    /** The starter key of the browser it is started in, without an account. */
    starterKey?: string;
    input?: Partial<CreateWorkshopInput>;
  } = {},
): Promise<StartedWorkshop> {
  const { workshopId, facilitatorToken } = await createWorkshop(
    { ...workshopInput, ...options.input },
    {
      ...(options.ownerUserId !== undefined && { ownerUserId: options.ownerUserId }),
      ...(options.starterKey !== undefined && { starterKey: options.starterKey }),
    },
  );
  const capability = await findFacilitatorCapability(facilitatorToken);
  if (!capability) throw new Error("The new workshop's capability was not found.");
  const view = await getFacilitatorView(workshopId);
  const roles: ParticipantRole[] = ["data_scientist", "ml_engineer", "compliance_risk"];
  const participants = [];
  for (let index = 0; index < (options.participants ?? 0); index += 1) {
    const joined = await joinWorkshop(view.inviteToken, {
      displayName: `Person ${index + 1}`,
      role: roles[index % roles.length] ?? "other",
    });
    if (joined.guestToken === null) throw new Error("A guest got no guest token.");
    participants.push({ participantId: joined.participantId, guestToken: joined.guestToken });
  }
  return {
    workshopId,
    facilitatorToken,
    facilitator: { kind: "facilitator", capabilityId: capability.capabilityId },
    inviteToken: view.inviteToken,
    roundId: view.currentRound.id,
    participants,
  };
}

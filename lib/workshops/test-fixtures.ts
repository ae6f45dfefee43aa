// Builders for the workshop domain's database tests. They write through the app's own prisma(),
// which lib/db/test-setup.ts points at each test file's own migrated schema.
import { grantFor, type Grant } from "@/lib/access/gate";
import type { Action, AuditActor } from "@/lib/access/permissions";
import { isAppError, type AppError } from "@/lib/errors";
import { parseWorkshopId, type WorkshopId } from "@/lib/ids";
import { getFacilitatorView, findFacilitatorCapability } from "./data";
import { createWorkshop, joinWorkshop } from "./mutations";
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
  autoReveal: false,
};

export const criteria = ["governance", "speed", "skills", "cost"] as const;

export interface StartedWorkshop {
  workshopId: WorkshopId;
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
  const view = await getFacilitatorView(
    await grantFor(workshopId, "facilitator-view.view", { capabilityTokens: [facilitatorToken] }),
  );
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
    workshopId: parseWorkshopId(workshopId),
    facilitatorToken,
    facilitator: { kind: "facilitator", capabilityId: capability.capabilityId },
    inviteToken: view.inviteToken,
    roundId: view.currentRound.id,
    participants,
  };
}

/**
 * The gate's grant for `action` to the workshop's facilitator, by the capability its link
 * carries: tests reach the domain the way a request does, through grantFor with real credentials.
 */
export function asFacilitator<A extends Action>(
  workshop: { workshopId: string; facilitatorToken: string },
  action: A,
): Promise<Grant<A>> {
  return grantFor(workshop.workshopId, action, { capabilityTokens: [workshop.facilitatorToken] });
}

/** The gate's grant for `action` to a participant, by their guest token. */
export function asGuest<A extends Action>(
  workshopId: string,
  participant: { guestToken: string },
  action: A,
): Promise<Grant<A>> {
  return grantFor(workshopId, action, { capabilityTokens: [], guestToken: participant.guestToken });
}

/** The gate's grant for `action` to a signed-in account (an owner, or a participant). */
export function asUser<A extends Action>(
  workshopId: string,
  userId: string,
  action: A,
): Promise<Grant<A>> {
  return grantFor(workshopId, action, { capabilityTokens: [], userId });
}

/** The gate's grant for `action` to one of the workshop's guests, by their guest token. */
export function asParticipant<A extends Action>(
  workshop: StartedWorkshop,
  participantId: string,
  action: A,
): Promise<Grant<A>> {
  const participant = workshop.participants.find((p) => p.participantId === participantId);
  if (!participant) throw new Error(`${participantId} did not join this workshop as a guest.`);
  return asGuest(workshop.workshopId, participant, action);
}

/** The AppError `work` is refused with; fails the test if it succeeds or throws anything else. */
export async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!isAppError(error)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error;
}

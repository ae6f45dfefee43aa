import { deriveParticipantHandle } from "@/lib/auth/tokens";

/**
 * The AUTH_SECRET of every server the browser tests start (playwright.config.ts and
 * extra-server.ts). Fixed, so that a run never depends on a secret left in .data by `npm start`,
 * and known to the specs, which derive from it what the server derives (sign-in token hashes,
 * participant handles).
 */
export const E2E_AUTH_SECRET = "e2e-only-secret-never-used-outside-tests-0123456789";

/** The handle by which the facilitator's page names a participant (lib/auth/tokens.ts). */
export function participantHandle(workshopId: string, participantId: string): string {
  return deriveParticipantHandle(E2E_AUTH_SECRET, workshopId, participantId);
}

import { createHash, createHmac, randomBytes } from "node:crypto";

/** 32 random bytes (256 bits) in base64url: the secret in every link and guest cookie. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The form in which a token is stored and looked up: lowercase hex SHA-256, which is what the
 * database's CHECK constraints accept. A plain hash is enough because tokens carry 256 random
 * bits; there is nothing to brute-force that a slow hash would protect.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Shorter secrets would make invite tokens cheaper to forge than the random ones; 32 characters
 * is what `openssl rand -base64 32` prints.
 */
const MIN_SECRET_LENGTH = 32;

/**
 * The invite token of a workshop's current invite generation, computed rather than stored: the
 * database keeps only its hash, yet the facilitator can be shown the link again on any device.
 * A new generation (rotating the invite) yields an unrelated token, so the old link stops
 * matching. The "invite" label keeps these MACs from ever equalling any other use of the secret.
 */
export function deriveInviteToken(secret: string, workshopId: string, generation: Date): string {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`The invite secret must be at least ${MIN_SECRET_LENGTH} characters long.`);
  }
  return createHmac("sha256", secret)
    .update(`blueprint:invite:${workshopId}:${generation.getTime()}`, "utf8")
    .digest("base64url");
}

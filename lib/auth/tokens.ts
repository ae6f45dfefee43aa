import { createHash, createHmac, randomBytes } from "node:crypto";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/ids";

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
 * A token computed from the server secret rather than stored: the database keeps only its hash,
 * yet the link can be shown again on any device. The purpose label keeps the MACs of different
 * kinds of link from ever equalling each other.
 */
function deriveToken(secret: string, purpose: string): string {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`The link secret must be at least ${MIN_SECRET_LENGTH} characters long.`);
  }
  return createHmac("sha256", secret).update(`blueprint:${purpose}`, "utf8").digest("base64url");
}

/**
 * The invite token of a workshop's current invite generation. A new generation (rotating the
 * invite) yields an unrelated token, so the old link stops matching.
 */
export function deriveInviteToken(secret: string, workshopId: string, generation: Date): string {
  return deriveToken(secret, `invite:${workshopId}:${generation.getTime()}`);
}

/**
 * The join code of a workshop's invite generation: the invite link in six characters that
 * people can read off a screen and type (31^6, about 887 million codes). Derived like the
 * invite token, so replacing the invite link replaces the code too. The digest is read as one
 * number in base 31, which leaves no bias worth the name.
 */
export function deriveJoinCode(secret: string, workshopId: string, generation: Date): string {
  const digest = deriveToken(secret, `join-code:${workshopId}:${generation.getTime()}`);
  let value = BigInt(`0x${Buffer.from(digest, "base64url").toString("hex")}`);
  const base = BigInt(JOIN_CODE_ALPHABET.length);
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) {
    code += JOIN_CODE_ALPHABET[Number(value % base)];
    value /= base;
  }
  return code;
}

/**
 * The form in which a join code is stored and looked up. A MAC under the server secret rather
 * than a plain hash: a code is short enough to try every one against a plain hash.
 */
export function joinCodeHash(secret: string, code: string): string {
  return createHmac("sha256", secret)
    .update(`blueprint:join-code-lookup:${code}`, "utf8")
    .digest("hex");
}

/**
 * The read-and-copy link of a framework someone wrote, for the time it was shared: sharing
 * again (a new link) makes an unrelated token, and stopping drops the stored hash.
 */
export function deriveFrameworkShareToken(
  secret: string,
  frameworkId: string,
  sharedAt: Date,
): string {
  return deriveToken(secret, `framework-share:${frameworkId}:${sharedAt.getTime()}`);
}

/**
 * A share link's token. The link's id is random and never shown, so the token is as
 * unguessable as a random one; revoking the link (revoked_at) is what ends it.
 */
export function deriveShareToken(secret: string, shareLinkId: string): string {
  return deriveToken(secret, `share:${shareLinkId}`);
}

/**
 * The token of a signatory's personal sign-off link. Derived like a share token, so that each
 * new version of the decision can be mailed with the same link; the facilitator never sees it,
 * so only the person it is mailed to can answer. Removing the signatory (revoked_at) ends it.
 */
export function deriveSignOffToken(secret: string, signatoryId: string): string {
  return deriveToken(secret, `sign-off:${signatoryId}`);
}

/**
 * The token of an unsubscribe link: for a participant's reminder and results mails, or for a
 * workshop's "everyone has voted" mail. Derived, so every mail can carry it again while the
 * database keeps only its hash. It is a MAC under the server secret, so knowing the id (a
 * workshop's is in its links) does not help to forge it.
 */
export function deriveUnsubscribeToken(
  secret: string,
  subject: "participant" | "workshop" | "signatory",
  id: string,
): string {
  return deriveToken(secret, `unsubscribe:${subject}:${id}`);
}

/**
 * The name a rate limit counts an e-mail recipient under (lib/http/rate-limit.ts): a MAC of the
 * address, so the table never holds an address, not even briefly. Case does not make another
 * recipient.
 */
export function deriveRecipientKey(secret: string, limitName: string, email: string): string {
  return deriveToken(secret, `recipient:${limitName}:${email.trim().toLowerCase()}`);
}

/**
 * The pseudonym of a participant's ballot in one round of an anonymous workshop: a MAC of the
 * round and the participant under the server secret. Ballots are stored under participant ids
 * and the facilitator knows who joined when; results and exports of anonymous workshops carry
 * and are ordered by this instead, which nobody without the secret can tie back to either, nor
 * from one round to the next.
 */
export function deriveBallotPseudonym(
  secret: string,
  roundId: string,
  participantId: string,
): string {
  return deriveToken(secret, `ballot:${roundId}:${participantId}`);
}

/**
 * How the facilitator's browser names a participant (to show progress and to remove them): a
 * MAC of the workshop and the participant under the server secret, 128 bits in base64url, so
 * that no participant id ever reaches it and nothing it holds orders like the stored ids.
 */
export function deriveParticipantHandle(
  secret: string,
  workshopId: string,
  participantId: string,
): string {
  return deriveToken(secret, `participant:${workshopId}:${participantId}`).slice(0, 22);
}

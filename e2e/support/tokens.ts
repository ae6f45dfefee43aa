import { createHash, randomBytes } from "node:crypto";

// Secrets as the app makes and stores them (lib/ids.ts, lib/auth/tokens.ts): 256 random bits,
// base64url in links, only their SHA-256 in the database.

/** The hex SHA-256 of a text, as the app stores a link's or a cookie's secret. */
export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * A fresh token of a link's shape: one a spec plants (storing its hash) or, left unplanted, one
 * that no link has, as a scraper, a flood or a forger sends.
 */
export const linkToken = () => randomBytes(32).toString("base64url");

import { z } from "zod";

// Ids and link tokens, parsed where they enter: a malformed one is refused before any query.

export const idSchema = z.uuid("This link is not valid.");

/** The 32-byte tokens of lib/auth/tokens.ts, in base64url: always 43 characters. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid.");

export function isId(value: string): boolean {
  return idSchema.safeParse(value).success;
}

export function isToken(value: string): boolean {
  return tokenSchema.safeParse(value).success;
}

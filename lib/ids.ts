import { z } from "zod";
import { AppError } from "./errors";

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

declare const workshopIdBrand: unique symbol;

/** A workshop id that was parsed (lib/access/gate.ts): well-formed, though maybe unknown. */
export type WorkshopId = string & { readonly [workshopIdBrand]: true };

/** Parses a workshop id from a route parameter; a malformed one is not-found. */
export function parseWorkshopId(value: string): WorkshopId {
  if (!isId(value)) throw new AppError("not-found");
  return value as WorkshopId;
}

import { z } from "zod";
import { AppError } from "./errors";

// Ids and link tokens, parsed where they enter: a malformed one is refused before any query.

export const idSchema = z.uuid("This link is not valid.");

/** The 32-byte tokens of lib/auth/tokens.ts, in base64url: always 43 characters. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid.");

/**
 * The letters of a join code (lib/auth/tokens.ts deriveJoinCode): digits and capitals without
 * 0, 1, I, L and O, which people misread on a projector or mistype on a phone.
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 6;

/**
 * A join code as people type it: any case, with spaces or dashes where the screen groups it
 * ("k7m 4qx", "K7M-4QX"), parsed into the six characters it stands for.
 */
export const joinCodeSchema = z
  .string()
  .max(32, "A join code has six characters.")
  .transform((typed) => typed.replace(/[\s-]/g, "").toUpperCase())
  .pipe(
    z
      .string()
      .regex(
        new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`),
        "A join code has six letters and digits, like K7M 4QX.",
      ),
  );

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

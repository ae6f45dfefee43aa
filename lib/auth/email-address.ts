import { z } from "zod";
import { issue } from "@/lib/errors";
import { MAX_EMAIL_ADDRESS_LENGTH } from "./email-limit";

// Shared by the sign-in form (instant feedback) and the server (the check that counts). Lower case
// because the address is the account's key: "Sam@Example.com" and "sam@example.com" must meet.
// The messages are field error codes (lib/errors.ts), which the UI words.
export const emailAddressSchema = z
  .string(issue("not-text"))
  .trim()
  .toLowerCase()
  .max(MAX_EMAIL_ADDRESS_LENGTH, issue("too-long"))
  .pipe(z.email(issue("invalid-email")));

/**
 * An address shown to someone who may not be its owner (a facilitator-link holder seeing which
 * account keeps the workshop): enough for the owner to recognise it, too little to write to.
 */
export function maskEmailAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${address.slice(0, 1)}•••${address.slice(at)}`;
}

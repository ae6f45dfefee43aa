import { z } from "zod";
import { MAX_EMAIL_ADDRESS_LENGTH } from "./email-limit";

// Shared by the sign-in form (instant feedback) and the server (the check that counts). Lower case
// because the address is the account's key: "Sam@Example.com" and "sam@example.com" must meet.
export const emailAddressSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(MAX_EMAIL_ADDRESS_LENGTH, "That address is too long.")
  .pipe(z.email("Enter an e-mail address like name@example.com."));

/**
 * An address shown to someone who may not be its owner (a facilitator-link holder seeing which
 * account keeps the workshop): enough for the owner to recognise it, too little to write to.
 */
export function maskEmailAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "•••";
  return `${address.slice(0, 1)}•••${address.slice(at)}`;
}

// A module without zod, so a form can size its address field without loading the schema.

/**
 * The longest address SMTP can deliver to (RFC 5321). emailAddressSchema enforces it, and the
 * CHECKs on stored addresses repeat it (lib/workshops/limits.db.test.ts proves they agree).
 */
export const MAX_EMAIL_ADDRESS_LENGTH = 254;

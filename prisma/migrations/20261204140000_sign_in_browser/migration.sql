-- Issue 12, login CSRF: a sign-in link works straight away only in the browser that asked for
-- it. That browser holds a random nonce in an httpOnly cookie; the link's row keeps the SHA-256
-- of that nonce. Anywhere else the link first asks for confirmation (lib/auth/sign-in-browser.ts).
-- Rows written before this column existed have none, and always ask.
-- AlterTable
ALTER TABLE "verification_tokens" ADD COLUMN "browser_hash" TEXT,
    ADD CONSTRAINT "verification_tokens_browser_hash_check" CHECK ("browser_hash" ~ '^[0-9a-f]{64}$');

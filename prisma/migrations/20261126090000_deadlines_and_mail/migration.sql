-- Issue 6, async workshops: deadlines that settle rounds by themselves, reminders and results
-- mails, and unsubscribe links. See lib/workshops/deadlines.ts and lib/mail/outbox.ts.

-- The unsubscribe link of a workshop's "everyone has voted" mail, like the participants' own
-- unsubscribe_token_hash: only the SHA-256 of a token derived from the server secret.
-- AlterTable
ALTER TABLE "workshops" ADD COLUMN "notify_unsubscribe_token_hash" TEXT,
    ADD CONSTRAINT "workshops_notify_unsubscribe_token_hash_check" CHECK ("notify_unsubscribe_token_hash" ~ '^[0-9a-f]{64}$');

-- When a claimed mail whose send certainly failed (the server was never reached, or refused it
-- before the message was handed over) may be claimed again; null for every other row, so a mail
-- that may have gone out is never sent twice. Never set on a sent mail.
-- AlterTable
ALTER TABLE "outbound_mails" ADD COLUMN "retry_after" TIMESTAMPTZ(3),
    ADD CONSTRAINT "outbound_mails_retry_after_check" CHECK ("retry_after" IS NULL OR "sent_at" IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "workshops_notify_unsubscribe_token_hash_key" ON "workshops"("notify_unsubscribe_token_hash");

-- The mail sweep looks for rounds revealed in the last few days.
-- CreateIndex
CREATE INDEX "rounds_revealed_at_idx" ON "rounds"("revealed_at");

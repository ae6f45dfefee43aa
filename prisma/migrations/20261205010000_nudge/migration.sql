-- Nudges: the facilitator may e-mail the people who have not voted in the open round, at most
-- once an hour per workshop. nudged_at is the last nudge's time. Setting it is the nudge itself
-- (one UPDATE whose WHERE re-checks the hour on the newest row version, so of two concurrent
-- nudges one wins), and the mail sweep sends each nudge's mails from it (lib/mail/outbox.ts).
ALTER TABLE "workshops" ADD COLUMN "nudged_at" TIMESTAMPTZ(3);

-- The sweep looks for workshops nudged within the last hour on every run.
CREATE INDEX "workshops_nudged_at_idx" ON "workshops"("nudged_at");

ALTER TYPE "mail_kind" ADD VALUE 'nudge';

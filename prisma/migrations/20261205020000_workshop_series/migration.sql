-- The quarterly re-run (issue 17 item 6): a workshop can be run again as a linked workshop.
--
-- series_id groups the runs: the first run's own id, set when its first re-run is made, shared
-- by every re-run. It is a plain uuid, not a foreign key: deleting a run (the first one
-- included) leaves the others grouped as they were, and a series is just the workshops that
-- share the value.
--
-- rerun_of_id is the run a re-run was made from: the people of that run who left an e-mail
-- address are invited to the new one (lib/mail/outbox.ts, kind rerun_invite). Deleting that run
-- forgets the link (and, with its participants, the invitations still to send).
ALTER TABLE "workshops" ADD COLUMN "series_id" UUID;
ALTER TABLE "workshops" ADD COLUMN "rerun_of_id" UUID;
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_rerun_of_id_fkey" FOREIGN KEY ("rerun_of_id")
    REFERENCES "workshops"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "workshops_series_id_idx" ON "workshops"("series_id");
CREATE INDEX "workshops_rerun_of_id_idx" ON "workshops"("rerun_of_id");

-- The invitation to a re-run, sent through the outbox like every workshop mail.
ALTER TYPE "mail_kind" ADD VALUE 'rerun_invite';

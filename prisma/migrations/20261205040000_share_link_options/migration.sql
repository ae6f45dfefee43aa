-- Share links choose what they show (issue 17): names of who voted what, the reasons, and the
-- ballots CSV. Leaders who see names can make people vote less honestly, so a new link shows no
-- names, the reasons without their authors and no CSV unless the facilitator asks for more.
-- Links made before this keep showing what they showed, and say so to the facilitator.
ALTER TABLE "share_links"
    ADD COLUMN "show_names" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "show_reasons" BOOLEAN NOT NULL DEFAULT true,
    ADD COLUMN "show_csv" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "made_before_options" BOOLEAN NOT NULL DEFAULT false;
UPDATE "share_links"
    SET "show_names" = true, "show_reasons" = true, "show_csv" = true, "made_before_options" = true;

-- Join codes (issue 16): six characters that stand for a workshop's invite link, for people
-- who type rather than scan. The code is derived from the invite generation like the invite
-- token (lib/auth/tokens.ts); only its MAC is stored, unique, so that a code finds one workshop.
-- Workshops made before this have none until their invite link is replaced.
ALTER TABLE "workshops" ADD COLUMN "join_code_hash" TEXT
    CONSTRAINT "workshops_join_code_hash_check" CHECK ("join_code_hash" ~ '^[0-9a-f]{64}$');
CREATE UNIQUE INDEX "workshops_join_code_hash_key" ON "workshops"("join_code_hash");

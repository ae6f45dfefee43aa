-- Scoring contract 2 (lib/scoring, lib/frameworks/contract.ts) changed a profile value and two
-- rules. Results are always shown as the current contract scores them, and each revealed round
-- remembers the contract it was revealed under, so the results page can say when the team saw
-- something else at the reveal. Rounds revealed before now were revealed under contract 1; every
-- other round, open now or made later, will be revealed under contract 2 (the default). The next
-- contract moves the default and the rounds not yet revealed.
ALTER TABLE "rounds" ADD COLUMN "revealed_under_contract" SMALLINT NOT NULL DEFAULT 2
    CONSTRAINT "rounds_revealed_under_contract_check" CHECK ("revealed_under_contract" >= 1);
UPDATE "rounds" SET "revealed_under_contract" = 1 WHERE "revealed_at" IS NOT NULL;

-- A frozen share link keeps showing what it froze: snapshots taken so far followed contract 1.
UPDATE "share_links" SET "snapshot" = "snapshot" || '{"contract": 1}'::jsonb
WHERE "snapshot" IS NOT NULL;

-- The team size had only a lower bound in SQL while the input schema caps it at 1000
-- (LIMITS.teamSize in lib/workshops/limits.ts): the database now holds the same range.
-- Every stored size came through that schema, so no row breaks the new bound.
ALTER TABLE "workshops"
    DROP CONSTRAINT "workshops_team_size_check",
    ADD CONSTRAINT "workshops_team_size_check" CHECK ("team_size" BETWEEN 1 AND 1000);

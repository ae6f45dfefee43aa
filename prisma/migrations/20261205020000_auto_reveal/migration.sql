-- "Reveal as soon as everyone has voted": when set, the round is revealed (by the facilitator's
-- own reveal statement, with actor "system") as soon as every participant who joined and was not
-- removed has voted in it, by the one meaning of voted (round_ballots). Off unless asked for.
ALTER TABLE "workshops" ADD COLUMN "auto_reveal" BOOLEAN NOT NULL DEFAULT false;

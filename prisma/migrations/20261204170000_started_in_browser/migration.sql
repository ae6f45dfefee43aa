-- A workshop started without an account could be added to any account by whoever held its
-- facilitator link, so a leaked link let a stranger own the workshop for good (replacing the
-- link did not undo it). Now only the browser that started the workshop can add it to an
-- account: the hash of that browser's starter key (lib/auth/cookies.ts) is kept with the
-- workshop until it is claimed. Workshops started before this have none and stay link-only.
ALTER TABLE "workshops" ADD COLUMN "started_in_browser_hash" TEXT,
    ADD CONSTRAINT "workshops_started_in_browser_hash_check"
        CHECK ("started_in_browser_hash" ~ '^[0-9a-f]{64}$');

CREATE INDEX "workshops_started_in_browser_hash_idx" ON "workshops" ("started_in_browser_hash");

-- Once owned, nothing may claim it again: the key is dropped when the workshop is claimed.
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_started_in_browser_unowned_check"
    CHECK ("started_in_browser_hash" IS NULL OR "owner_id" IS NULL);

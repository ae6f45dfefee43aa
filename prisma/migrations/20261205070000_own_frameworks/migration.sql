-- Frameworks that signed-in people write themselves (issue 18). A framework is a name owned by
-- one account and a list of versions; a save adds a version and never changes one. A workshop
-- keeps its own frozen copy of the definition and notes the version it came from, so editing a
-- framework changes no workshop that already exists.

CREATE TABLE "frameworks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "owner_id" UUID NOT NULL,
    -- The read-and-copy link other accounts get, derived from the server secret and shared_at
    -- (lib/auth/tokens.ts) so its author can copy it again; only its hash is kept. Both null:
    -- the framework is private. A new link replaces the old one.
    "share_token_hash" TEXT,
    "shared_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "frameworks_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "frameworks_share_token_hash_check" CHECK ("share_token_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "frameworks_shared_check" CHECK (("share_token_hash" IS NULL) = ("shared_at" IS NULL))
);
CREATE UNIQUE INDEX "frameworks_share_token_hash_key" ON "frameworks"("share_token_hash");
CREATE INDEX "frameworks_owner_id_updated_at_idx" ON "frameworks"("owner_id", "updated_at");
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_owner_id_fkey"
    FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "framework_versions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "framework_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    -- The definition as validateFramework accepted it (lib/frameworks/schema.ts).
    "definition" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "framework_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "framework_versions_version_check" CHECK ("version" >= 1),
    CONSTRAINT "framework_versions_definition_check" CHECK (jsonb_typeof("definition") = 'object')
);
CREATE UNIQUE INDEX "framework_versions_framework_id_version_key"
    ON "framework_versions"("framework_id", "version");
ALTER TABLE "framework_versions" ADD CONSTRAINT "framework_versions_framework_id_fkey"
    FOREIGN KEY ("framework_id") REFERENCES "frameworks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Which saved version a workshop was made from; null for the built-in frameworks, and set to
-- null when the framework is deleted (the workshop keeps its frozen copy).
ALTER TABLE "workshops" ADD COLUMN "framework_version_id" UUID;
CREATE INDEX "workshops_framework_version_id_idx" ON "workshops"("framework_version_id");
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_framework_version_id_fkey"
    FOREIGN KEY ("framework_version_id") REFERENCES "framework_versions"("id")
    ON DELETE SET NULL ON UPDATE CASCADE;

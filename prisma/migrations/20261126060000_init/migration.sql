-- Blueprint's initial schema, written by hand in the layout `prisma migrate`
-- produces (unqualified names, Prisma's default constraint names), so it lands in
-- whatever schema the connection's search_path selects.
-- Beyond what schema.prisma can say: CHECK constraints, a partial unique index on
-- rounds, the append-only trigger on audit_events and an UNLOGGED rate limit table.

-- CreateEnum
CREATE TYPE "workshop_mode" AS ENUM ('live', 'async');

-- CreateEnum
CREATE TYPE "deadline_action" AS ENUM ('reveal', 'close');

-- CreateEnum
CREATE TYPE "workshop_status" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "participant_role" AS ENUM ('data_scientist', 'ml_engineer', 'platform_devops', 'product_business', 'compliance_risk', 'other');

-- CreateEnum
CREATE TYPE "round_status" AS ENUM ('open', 'revealed', 'closed');

-- CreateEnum
CREATE TYPE "share_link_mode" AS ENUM ('live', 'snapshot');

-- CreateEnum
CREATE TYPE "audit_actor_kind" AS ENUM ('system', 'user', 'facilitator', 'participant', 'share_link');

-- CreateEnum
CREATE TYPE "mail_kind" AS ENUM ('deadline_reminder', 'results_ready', 'all_voted');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT,
    "email" TEXT,
    "email_verified" TIMESTAMPTZ(3),
    "image" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "refresh_token_expires_in" INTEGER,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "session_token" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "workshops" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "team_name" TEXT NOT NULL,
    "description" TEXT,
    "team_size" INTEGER,
    "framework_id" TEXT NOT NULL,
    "framework" JSONB NOT NULL,
    "mode" "workshop_mode" NOT NULL,
    "deadline" TIMESTAMPTZ(3),
    "deadline_action" "deadline_action" NOT NULL DEFAULT 'reveal',
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "status" "workshop_status" NOT NULL DEFAULT 'open',
    "weights" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    "owner_id" UUID,
    "invite_token_hash" TEXT NOT NULL,
    "invite_rotated_at" TIMESTAMPTZ(3),
    "notify_email" TEXT,

    CONSTRAINT "workshops_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "workshops_title_check" CHECK (btrim("title") <> '' AND char_length("title") <= 120),
    CONSTRAINT "workshops_team_name_check" CHECK (btrim("team_name") <> '' AND char_length("team_name") <= 120),
    CONSTRAINT "workshops_description_check" CHECK (char_length("description") <= 2000),
    CONSTRAINT "workshops_team_size_check" CHECK ("team_size" > 0),
    CONSTRAINT "workshops_framework_id_check" CHECK (btrim("framework_id") <> '' AND char_length("framework_id") <= 64),
    CONSTRAINT "workshops_framework_check" CHECK (jsonb_typeof("framework") = 'object'),
    -- Weights map criterion ids to numbers from 0 to 3 (issue 5).
    CONSTRAINT "workshops_weights_check" CHECK (
        jsonb_typeof("weights") = 'object'
        AND NOT jsonb_path_exists("weights", '$.* ? (@.type() != "number" || @ < 0 || @ > 3)')
    ),
    CONSTRAINT "workshops_deadline_check" CHECK ("deadline" IS NULL OR "mode" = 'async'),
    CONSTRAINT "workshops_closed_at_check" CHECK (("status" = 'closed') = ("closed_at" IS NOT NULL)),
    CONSTRAINT "workshops_invite_token_hash_check" CHECK ("invite_token_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "workshops_notify_email_check" CHECK (char_length("notify_email") <= 254)
);

-- CreateTable
CREATE TABLE "facilitator_capabilities" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workshop_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "facilitator_capabilities_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "facilitator_capabilities_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$')
);

-- CreateTable
CREATE TABLE "participants" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workshop_id" UUID NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" "participant_role" NOT NULL,
    "guest_token_hash" TEXT,
    "user_id" UUID,
    "email" TEXT,
    "reminder_opt_in" BOOLEAN NOT NULL DEFAULT false,
    "unsubscribe_token_hash" TEXT,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMPTZ(3),

    CONSTRAINT "participants_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "participants_display_name_check" CHECK (btrim("display_name") <> '' AND char_length("display_name") <= 60),
    CONSTRAINT "participants_email_check" CHECK (char_length("email") <= 254),
    CONSTRAINT "participants_guest_token_hash_check" CHECK ("guest_token_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "participants_unsubscribe_token_hash_check" CHECK ("unsubscribe_token_hash" ~ '^[0-9a-f]{64}$')
);

-- CreateTable
CREATE TABLE "rounds" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workshop_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "round_status" NOT NULL DEFAULT 'open',
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revealed_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "rounds_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "rounds_number_check" CHECK ("number" >= 1),
    -- An open round has neither timestamp; a closed one its close time and no
    -- reveal; a revealed one its reveal time (and a close time if it closed first).
    CONSTRAINT "rounds_status_check" CHECK (
        CASE "status"
            WHEN 'open' THEN "revealed_at" IS NULL AND "closed_at" IS NULL
            WHEN 'revealed' THEN "revealed_at" IS NOT NULL
            WHEN 'closed' THEN "closed_at" IS NOT NULL AND "revealed_at" IS NULL
        END
    )
);

-- CreateTable
CREATE TABLE "votes" (
    "round_id" UUID NOT NULL,
    "participant_id" UUID NOT NULL,
    "criterion_id" TEXT NOT NULL,
    "workshop_id" UUID NOT NULL,
    "score" INTEGER,
    "rationale" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "votes_pkey" PRIMARY KEY ("round_id","participant_id","criterion_id"),
    CONSTRAINT "votes_criterion_id_check" CHECK (btrim("criterion_id") <> '' AND char_length("criterion_id") <= 64),
    -- NULL is "not sure".
    CONSTRAINT "votes_score_check" CHECK ("score" BETWEEN 1 AND 5),
    CONSTRAINT "votes_rationale_check" CHECK (char_length("rationale") <= 500)
);

-- CreateTable
CREATE TABLE "share_links" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workshop_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "mode" "share_link_mode" NOT NULL,
    "snapshot_round_id" UUID,
    "snapshot" JSONB,
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "share_links_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "share_links_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "share_links_label_check" CHECK (btrim("label") <> '' AND char_length("label") <= 80),
    CONSTRAINT "share_links_snapshot_check" CHECK (
        CASE "mode"
            WHEN 'live' THEN "snapshot_round_id" IS NULL AND "snapshot" IS NULL
            WHEN 'snapshot' THEN "snapshot_round_id" IS NOT NULL AND "snapshot" IS NOT NULL
        END
    )
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "workshop_id" UUID,
    "actor_kind" "audit_actor_kind" NOT NULL,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "audit_events_actor_check" CHECK (("actor_kind" = 'system') = ("actor_id" IS NULL)),
    CONSTRAINT "audit_events_action_check" CHECK (btrim("action") <> '' AND char_length("action") <= 64),
    CONSTRAINT "audit_events_data_check" CHECK (jsonb_typeof("data") = 'object')
);

-- CreateTable
CREATE TABLE "outbound_mails" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "mail_kind" NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "workshop_id" UUID NOT NULL,
    "participant_id" UUID,
    "claimed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbound_mails_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "outbound_mails_dedupe_key_check" CHECK (btrim("dedupe_key") <> '' AND char_length("dedupe_key") <= 200),
    CONSTRAINT "outbound_mails_attempts_check" CHECK ("attempts" >= 0),
    CONSTRAINT "outbound_mails_last_error_check" CHECK (char_length("last_error") <= 2000)
);

-- CreateTable
-- UNLOGGED: counters are disposable, and skipping the WAL keeps a burst of joins
-- and ballot saves cheap. A crash empties the table, which only resets limits.
CREATE UNLOGGED TABLE "rate_limit_buckets" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_buckets_pkey" PRIMARY KEY ("key","window_start"),
    CONSTRAINT "rate_limit_buckets_key_check" CHECK (btrim("key") <> '' AND char_length("key") <= 200),
    CONSTRAINT "rate_limit_buckets_count_check" CHECK ("count" >= 0)
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_provider_provider_account_id_key" ON "accounts"("provider", "provider_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "verification_tokens_token_key" ON "verification_tokens"("token");

-- CreateIndex
CREATE UNIQUE INDEX "workshops_invite_token_hash_key" ON "workshops"("invite_token_hash");

-- CreateIndex
CREATE INDEX "workshops_owner_id_created_at_idx" ON "workshops"("owner_id", "created_at");

-- CreateIndex
CREATE INDEX "workshops_deadline_idx" ON "workshops"("deadline");

-- CreateIndex
CREATE UNIQUE INDEX "facilitator_capabilities_token_hash_key" ON "facilitator_capabilities"("token_hash");

-- CreateIndex
CREATE INDEX "facilitator_capabilities_workshop_id_idx" ON "facilitator_capabilities"("workshop_id");

-- CreateIndex
CREATE UNIQUE INDEX "participants_guest_token_hash_key" ON "participants"("guest_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "participants_unsubscribe_token_hash_key" ON "participants"("unsubscribe_token_hash");

-- CreateIndex
CREATE INDEX "participants_user_id_idx" ON "participants"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "participants_workshop_id_user_id_key" ON "participants"("workshop_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "participants_id_workshop_id_key" ON "participants"("id", "workshop_id");

-- CreateIndex
CREATE UNIQUE INDEX "rounds_workshop_id_number_key" ON "rounds"("workshop_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "rounds_id_workshop_id_key" ON "rounds"("id", "workshop_id");

-- CreateIndex
-- At most one open round per workshop: of two concurrent "open the next round"
-- requests, one fails instead of leaving two rounds taking ballots.
CREATE UNIQUE INDEX "rounds_one_open_per_workshop" ON "rounds"("workshop_id") WHERE "status" = 'open';

-- CreateIndex
CREATE INDEX "votes_participant_id_idx" ON "votes"("participant_id");

-- CreateIndex
CREATE UNIQUE INDEX "share_links_token_hash_key" ON "share_links"("token_hash");

-- CreateIndex
CREATE INDEX "share_links_workshop_id_idx" ON "share_links"("workshop_id");

-- CreateIndex
CREATE INDEX "audit_events_workshop_id_id_idx" ON "audit_events"("workshop_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "outbound_mails_dedupe_key_key" ON "outbound_mails"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbound_mails_workshop_id_idx" ON "outbound_mails"("workshop_id");

-- CreateIndex
CREATE INDEX "outbound_mails_participant_id_idx" ON "outbound_mails"("participant_id");

-- CreateIndex
CREATE INDEX "rate_limit_buckets_window_start_idx" ON "rate_limit_buckets"("window_start");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "facilitator_capabilities" ADD CONSTRAINT "facilitator_capabilities_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participants" ADD CONSTRAINT "participants_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "participants" ADD CONSTRAINT "participants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_round_id_workshop_id_fkey" FOREIGN KEY ("round_id", "workshop_id") REFERENCES "rounds"("id", "workshop_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_participant_id_workshop_id_fkey" FOREIGN KEY ("participant_id", "workshop_id") REFERENCES "participants"("id", "workshop_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_snapshot_round_id_workshop_id_fkey" FOREIGN KEY ("snapshot_round_id", "workshop_id") REFERENCES "rounds"("id", "workshop_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbound_mails" ADD CONSTRAINT "outbound_mails_workshop_id_fkey" FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbound_mails" ADD CONSTRAINT "outbound_mails_participant_id_fkey" FOREIGN KEY ("participant_id") REFERENCES "participants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Append-only audit log (see AuditEvent in schema.prisma for the reasoning).
-- A DELETE is let through only when the event's workshop is gone, i.e. while
-- the ON DELETE CASCADE of that workshop's deletion runs. SET search_path FROM
-- CURRENT pins the lookup to the schema this migration runs in, whatever the
-- search_path of the session that fires the trigger.
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger
LANGUAGE plpgsql
SET search_path FROM CURRENT
AS $$
BEGIN
    IF TG_OP = 'DELETE'
        AND OLD."workshop_id" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "workshops" WHERE "id" = OLD."workshop_id") THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
        USING HINT = 'Audit events are removed only by deleting their workshop.';
END;
$$;

-- CreateTrigger
CREATE TRIGGER "audit_events_no_update_or_delete"
BEFORE UPDATE OR DELETE ON "audit_events"
FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();

-- CreateTrigger
CREATE TRIGGER "audit_events_no_truncate"
BEFORE TRUNCATE ON "audit_events"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"();

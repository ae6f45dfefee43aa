-- Decision records (issue 17): after a reveal the facilitator records what the team decided.
-- Every edit is a new version, never an update, so the history and every sign-off stay tied
-- to the exact text they were about. The follow-through checklist is one list per workshop,
-- edited in place (its changes are in the audit trail).

CREATE TABLE "decision_versions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workshop_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    -- The revealed round the team decided on, and what its results recommended then.
    "round_id" UUID NOT NULL,
    "recommended_option_id" TEXT,
    "option_id" TEXT NOT NULL,
    "rationale" TEXT,
    "hybrid_notes" TEXT,
    "pilot_model" TEXT NOT NULL,
    -- [{"role": "Pipeline owner", "name": "Priya"}], in the framework's order of roles.
    "owners" JSONB NOT NULL,
    "pilot_start" DATE NOT NULL,
    "pilot_end" DATE NOT NULL,
    "review_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_versions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "decision_versions_version_check" CHECK ("version" >= 1),
    CONSTRAINT "decision_versions_pilot_check" CHECK ("pilot_end" > "pilot_start"),
    CONSTRAINT "decision_versions_review_check" CHECK ("review_on" > "pilot_end"),
    -- Choosing other than the results recommended needs the team's reason, on record.
    CONSTRAINT "decision_versions_rationale_check" CHECK (
        "option_id" = "recommended_option_id" OR "rationale" IS NOT NULL),
    CONSTRAINT "decision_versions_owners_check" CHECK (jsonb_typeof("owners") = 'array')
);
CREATE UNIQUE INDEX "decision_versions_workshop_id_version_key"
    ON "decision_versions"("workshop_id", "version");
ALTER TABLE "decision_versions" ADD CONSTRAINT "decision_versions_workshop_id_fkey"
    FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "decision_versions" ADD CONSTRAINT "decision_versions_round_id_fkey"
    FOREIGN KEY ("round_id") REFERENCES "rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "decision_steps" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workshop_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    -- Which part of the framework's implementation path the step carries out.
    "stage" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "owner" TEXT,
    "due_on" DATE,
    "status" TEXT NOT NULL DEFAULT 'todo',
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "decision_steps_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "decision_steps_stage_check" CHECK ("stage" IN ('pilot', 'roles', 'scaling', 'review')),
    CONSTRAINT "decision_steps_status_check" CHECK ("status" IN ('todo', 'doing', 'done'))
);
CREATE UNIQUE INDEX "decision_steps_workshop_id_position_key"
    ON "decision_steps"("workshop_id", "position");
ALTER TABLE "decision_steps" ADD CONSTRAINT "decision_steps_workshop_id_fkey"
    FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Reminders of the follow-through: the pilot has ended, the quarterly review is near.
ALTER TYPE "mail_kind" ADD VALUE 'pilot_ended';
ALTER TYPE "mail_kind" ADD VALUE 'review_due';

-- The input limits of lib/decisions/schema.ts (DECISION_LIMITS), repeated in SQL.
ALTER TABLE "decision_versions"
    ADD CONSTRAINT "decision_versions_rationale_length_check" CHECK (char_length("rationale") <= 2000),
    ADD CONSTRAINT "decision_versions_hybrid_notes_length_check" CHECK (char_length("hybrid_notes") <= 2000),
    ADD CONSTRAINT "decision_versions_pilot_model_length_check" CHECK (char_length("pilot_model") <= 120);
ALTER TABLE "decision_steps"
    ADD CONSTRAINT "decision_steps_title_length_check" CHECK (char_length("title") <= 200),
    ADD CONSTRAINT "decision_steps_owner_length_check" CHECK (char_length("owner") <= 80);

-- Sign-off (issue 17): the facilitator names the people who must approve the decision; each
-- gets a personal link by e-mail and answers for the version they read. Answers are never
-- edited: a new version of the decision asks everyone again, and the old answers stay as the
-- approval chain of the version they were given for.

CREATE TABLE "signatories" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "workshop_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    -- The personal link's token is derived from the server secret and the id, so the outbox
    -- can mail it again for a new version; only its hash is kept, for the lookup.
    "token_hash" TEXT NOT NULL,
    "unsubscribe_token_hash" TEXT NOT NULL,
    -- Set by the signatory's unsubscribe link: no more mails, the link itself still works.
    "mail_off" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- Removed by the facilitator: the link stops working, given answers stay on record.
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "signatories_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "signatories_name_check" CHECK (char_length("name") BETWEEN 1 AND 80),
    CONSTRAINT "signatories_email_check" CHECK (char_length("email") BETWEEN 3 AND 254),
    CONSTRAINT "signatories_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "signatories_unsubscribe_token_hash_check"
        CHECK ("unsubscribe_token_hash" ~ '^[0-9a-f]{64}$')
);
CREATE UNIQUE INDEX "signatories_token_hash_key" ON "signatories"("token_hash");
CREATE UNIQUE INDEX "signatories_unsubscribe_token_hash_key"
    ON "signatories"("unsubscribe_token_hash");
-- One open request per address and workshop; a removed one may be asked again.
CREATE UNIQUE INDEX "signatories_one_active_per_email"
    ON "signatories"("workshop_id", "email") WHERE "revoked_at" IS NULL;
CREATE INDEX "signatories_workshop_id_idx" ON "signatories"("workshop_id");
ALTER TABLE "signatories" ADD CONSTRAINT "signatories_workshop_id_fkey"
    FOREIGN KEY ("workshop_id") REFERENCES "workshops"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "sign_offs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "signatory_id" UUID NOT NULL,
    "workshop_id" UUID NOT NULL,
    "decision_version" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_offs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "sign_offs_answer_check" CHECK ("answer" IN ('approved', 'changes_requested')),
    -- Asking for changes without saying which helps nobody.
    CONSTRAINT "sign_offs_comment_check" CHECK ("answer" = 'approved' OR "comment" IS NOT NULL),
    CONSTRAINT "sign_offs_comment_length_check" CHECK (char_length("comment") <= 2000)
);
CREATE UNIQUE INDEX "sign_offs_signatory_id_decision_version_key"
    ON "sign_offs"("signatory_id", "decision_version");
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_signatory_id_fkey"
    FOREIGN KEY ("signatory_id") REFERENCES "signatories"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_workshop_id_decision_version_fkey"
    FOREIGN KEY ("workshop_id", "decision_version")
    REFERENCES "decision_versions"("workshop_id", "version") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TYPE "audit_actor_kind" ADD VALUE 'signatory';
ALTER TYPE "mail_kind" ADD VALUE 'sign_off_request';
ALTER TYPE "mail_kind" ADD VALUE 'sign_offs_complete';

-- Issue 20: each address keeps the language it was given in, so that its mails speak it.
-- Rows from before speak English, as Blueprint did then.
ALTER TABLE participants ADD COLUMN email_locale text NOT NULL DEFAULT 'en'
  CONSTRAINT participants_email_locale_known CHECK (email_locale IN ('en', 'de'));
ALTER TABLE workshops ADD COLUMN notify_locale text NOT NULL DEFAULT 'en'
  CONSTRAINT workshops_notify_locale_known CHECK (notify_locale IN ('en', 'de'));
ALTER TABLE signatories ADD COLUMN locale text NOT NULL DEFAULT 'en'
  CONSTRAINT signatories_locale_known CHECK (locale IN ('en', 'de'));

-- Issue 20: a follow-through step's title is worded when it is read, from its stage, in the
-- reader's language (lib/decisions/record.ts). The English title each step kept is no longer read.
ALTER TABLE decision_steps DROP COLUMN title;

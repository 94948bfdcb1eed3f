-- Outcomes and progress notes become editable: a version for optimistic locking, so that a second editor
-- holding an old form gets a conflict instead of overwriting the first one's change.
ALTER TABLE initiative_outcome ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE progress_note ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

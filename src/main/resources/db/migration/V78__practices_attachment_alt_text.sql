-- Practice photos are shown on the practice page, so each needs a text alternative for readers who cannot see
-- it. Every image uploaded from now on must have one; images stored before this migration keep an empty one
-- (NOT VALID: old rows are not checked) until the proposer adds it.
ALTER TABLE practice_attachment ADD COLUMN alt_text VARCHAR(300);
ALTER TABLE practice_attachment ADD CONSTRAINT practice_attachment_image_alt_text
    CHECK (media_type NOT LIKE 'image/%' OR length(trim(alt_text)) > 0) NOT VALID;

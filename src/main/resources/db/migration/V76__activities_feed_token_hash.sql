-- Calendar feed tokens are kept as SHA-256 hashes (hex), so a copy of the database opens nobody's feed.
-- Existing tokens keep working: each is replaced by its hash.
ALTER TABLE calendar_feed_token RENAME COLUMN token TO token_hash;
UPDATE calendar_feed_token SET token_hash = encode(sha256(convert_to(token_hash, 'UTF8')), 'hex');

-- Sign-in lockout: the start of the current 15-minute window of failed attempts (see failed_attempts).
ALTER TABLE user_account ADD COLUMN first_failed_at TIMESTAMPTZ;

-- Account list filters and search.
CREATE INDEX user_account_search_idx ON user_account USING gin (search_key(full_name || ' ' || username) gin_trgm_ops);

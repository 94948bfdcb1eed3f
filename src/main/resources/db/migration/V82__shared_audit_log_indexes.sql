-- Issue 15: the audit page with a million entries. Its order (newest first, ties by id) within one type straight
-- from an index, and the actor filter (a substring, any case) from a trigram index.
CREATE INDEX audit_log_type_order_idx ON audit_log (type, occurred_at DESC, id DESC);
DROP INDEX audit_log_type_idx;
CREATE INDEX audit_log_actor_trgm_idx ON audit_log USING gin (lower(actor) gin_trgm_ops);

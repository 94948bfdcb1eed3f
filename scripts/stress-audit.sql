-- Stress data for issue 15: tops the audit log up to 1,000,000 rows (sign-ins, failures, account changes spread
-- over five years). Idempotent: adds only what is missing. psql -f scripts/stress-audit.sql
INSERT INTO audit_log (occurred_at, type, actor, address, detail)
SELECT now() - make_interval(secs => g * 157),
       (ARRAY['SIGN_IN','SIGN_IN_FAILED','ACCOUNT_CHANGED','PASSWORD_CHANGED','SIGN_IN_THROTTLED'])[1 + g % 5],
       (ARRAY['national','baranya-coordinator','nograd-developer','pest-coordinator','budapest-developer'])[1 + g % 5],
       '127.0.' || (g % 250) || '.' || (g % 200),
       'stress ' || g
FROM generate_series(1, 1000000) g
LIMIT GREATEST(0, 1000000 - (SELECT count(*) FROM audit_log));

ANALYZE audit_log;

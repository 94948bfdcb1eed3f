-- Enrolment history began with V89: an enrolment made before it had no revision, so its page showed no history
-- and its first change listed no earlier values. Each such enrolment gets one "created" revision (revtype 0)
-- holding its current values, dated when the enrolment was created and made by "system" (as start-up jobs are).
-- Idempotent: only enrolments without any revision are touched.
WITH missing AS (
    SELECT e.id, e.programme_id, e.organisation_id, e.enrolled_on, e.left_on, e.note, e.created_at,
           nextval(pg_get_serial_sequence('revinfo', 'rev')) AS rev
    FROM capacity_enrolment e
    WHERE NOT EXISTS (SELECT 1 FROM capacity_enrolment_aud a WHERE a.id = e.id)),
revisions AS (
    INSERT INTO revinfo (rev, revtstmp, username)
    SELECT rev, (extract(epoch FROM created_at) * 1000)::bigint, 'system' FROM missing)
INSERT INTO capacity_enrolment_aud (id, rev, revtype, programme_id, organisation_id, enrolled_on, left_on, note)
SELECT id, rev, 0, programme_id, organisation_id, enrolled_on, left_on, note FROM missing;

-- The programme report (issue 17) read about 155 ms of SQL on every view at stress scale (2,500 enrolments,
-- 20,000 assessments): it is kept by data version (DataVersion.kept) instead. Its remaining source tables become
-- sources of the data version (V71), so that the kept report is recomputed after any committed write to them, as
-- after a write to the other source tables: take-ups and their stages, assessments and their scores, milestones,
-- and the programme's targets.
DO $$
DECLARE
    source text;
BEGIN
    FOREACH source IN ARRAY ARRAY['practice_takeup', 'practice_takeup_stage', 'capacity_assessment',
            'capacity_assessment_score', 'capacity_milestone', 'programme_target_set', 'programme_target'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I'
                || ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_data_changed()',
                source || '_report_data', source);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION report_data_changed()',
                source || '_report_data_truncate', source);
    END LOOP;
END
$$;

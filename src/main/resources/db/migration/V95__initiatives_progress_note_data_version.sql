-- Issue 15: the county dashboards' running initiatives without a recent progress note, and the open points of a
-- year (running initiatives without a note in it, county targets missing), read progress notes and county targets
-- for about 1,000 initiatives a county at stress scale on every view. Their tables become sources of the data
-- version (V71), so that those lists and counts are kept (DataVersion.kept) and recomputed exactly after any
-- committed write to them, as after a write to the other source tables.
DO $$
DECLARE
    source text;
BEGIN
    FOREACH source IN ARRAY ARRAY['progress_note', 'county_target'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I'
                || ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_data_changed()',
                source || '_report_data', source);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION report_data_changed()',
                source || '_report_data_truncate', source);
    END LOOP;
END
$$;

-- The annual report counts organisations and informal groups supported and founded in a year (issue 17): their
-- tables become sources of the report's data version (V71), so that kept figures of an open year are recomputed
-- after any committed write to them, as after a write to the other source tables.
DO $$
DECLARE
    source text;
BEGIN
    FOREACH source IN ARRAY ARRAY['organisation', 'organisation_initiative', 'capacity_enrolment', 'programme'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I'
                || ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_data_changed()',
                source || '_report_data', source);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION report_data_changed()',
                source || '_report_data_truncate', source);
    END LOOP;
END
$$;

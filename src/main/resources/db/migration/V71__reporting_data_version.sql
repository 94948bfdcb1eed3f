-- A version number of the data the annual report is computed from (issue 6). Every committed transaction that
-- writes one of the source tables raises it by one, so the portal can keep the computed figures of an open year
-- and reuse them exactly as long as nothing they depend on has changed (any instance, any writer, psql included).
--
-- The raise runs in a deferred constraint trigger, i.e. at commit, after every other statement of the transaction:
-- a transaction takes the version row's lock last and then only commits, so writers queue briefly on it but can
-- never deadlock over it. A transaction-local setting makes it one UPDATE per transaction, however many rows.
CREATE TABLE report_data_version (
    id      boolean PRIMARY KEY DEFAULT true CHECK (id),
    version bigint NOT NULL
);
INSERT INTO report_data_version (id, version) VALUES (true, 1);

CREATE FUNCTION report_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('kkp.report_data_changed', true), '') <> 'yes' THEN
        PERFORM set_config('kkp.report_data_changed', 'yes', true);
        UPDATE report_data_version SET version = version + 1;
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    source text;
BEGIN
    FOREACH source IN ARRAY ARRAY['initiative', 'initiative_settlement', 'initiative_worker', 'initiative_outcome',
            'settlement', 'community_worker', 'activity_event', 'event_attendance', 'exchange_visit',
            'exchange_visit_worker', 'practice'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I'
                || ' DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_data_changed()',
                source || '_report_data', source);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION report_data_changed()',
                source || '_report_data_truncate', source);
    END LOOP;
END
$$;

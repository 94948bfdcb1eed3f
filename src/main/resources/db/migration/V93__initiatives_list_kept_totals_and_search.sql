-- The initiative list at stress scale (issue 15).
--
-- Its total and sum are kept per filter while the data version (V71) is unchanged; its theme filter reads
-- initiative_theme, which becomes a source too, so that a write to an initiative's themes alone (by any writer)
-- recomputes the kept totals.
CREATE CONSTRAINT TRIGGER initiative_theme_report_data AFTER INSERT OR UPDATE OR DELETE ON initiative_theme
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION report_data_changed();
CREATE TRIGGER initiative_theme_report_data_truncate AFTER TRUNCATE ON initiative_theme
    FOR EACH STATEMENT EXECUTE FUNCTION report_data_changed();

-- A text search walks the start order until it has a page of matches (18,000 initiatives before the first 25
-- with "kert"): the order's index also carries the title key and the primary settlement, so that the walk tests
-- both halves of the search condition in the index alone instead of reading every initiative it passes.
DROP INDEX initiative_start_covering_idx;
CREATE INDEX initiative_start_covering_idx ON initiative (start_date DESC NULLS LAST, id DESC)
    INCLUDE (status, end_date, primary_settlement_id, title_key);

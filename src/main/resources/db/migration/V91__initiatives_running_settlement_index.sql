-- Issue 15: the county dashboards (running initiatives and those without a recent note, twice per view; the open
-- points' running initiatives without a note) read the running initiatives of one county's settlements. Without
-- this index that was a scan of every initiative (61,767 at stress scale) per statement; with it, an index-only
-- probe per settlement of the county (the columns those statements read are included).
CREATE INDEX initiative_running_settlement_idx ON initiative (primary_settlement_id)
    INCLUDE (id, start_date, end_date, title) WHERE status = 'RUNNING';

-- Issue 15: the annual report counts distinct participants, active workers and reached settlements per county,
-- region and nation in one pass, with a set of counties per worker or settlement kept as the bits of an integer:
-- bit n for the county coded n (reporting Figures.LEVELS; bit 0 for records without a county). That needs every
-- county code to be a two-digit number from 01 to 30; the 20 counties have codes 01-20. This makes it a rule of the
-- table instead of an assumption of the report.
ALTER TABLE county ADD CONSTRAINT county_code_two_digits CHECK (code ~ '^(0[1-9]|[12][0-9]|30)$');

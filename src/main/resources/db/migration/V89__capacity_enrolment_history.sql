-- Hibernate Envers history of enrolments (revision rows in revinfo): the dates and the note, shown on the
-- enrolment's page as organisations show theirs (V83).
CREATE TABLE capacity_enrolment_aud (
    id               BIGINT   NOT NULL,
    rev              BIGINT   NOT NULL REFERENCES revinfo (rev),
    revtype          SMALLINT,
    programme_id     BIGINT,
    organisation_id  BIGINT,
    enrolled_on      DATE,
    left_on          DATE,
    note             TEXT,
    PRIMARY KEY (id, rev)
);
CREATE INDEX capacity_enrolment_aud_rev_idx ON capacity_enrolment_aud (rev);

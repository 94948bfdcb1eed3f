-- Hibernate Envers history of organisations (revision rows in revinfo): the organisation and its initiative links.
CREATE TABLE organisation_aud (
    id                  BIGINT NOT NULL,
    rev                 BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype             SMALLINT,
    name                VARCHAR(200),
    kind                VARCHAR(30),
    county_code         CHAR(2),
    seat_settlement_id  BIGINT,
    founded_on          DATE,
    focus               TEXT,
    contact_name        VARCHAR(120),
    contact_email       VARCHAR(200),
    contact_phone       VARCHAR(30),
    founded_outcome_id  BIGINT,
    active              BOOLEAN,
    PRIMARY KEY (id, rev)
);
CREATE INDEX organisation_aud_rev_idx ON organisation_aud (rev);

CREATE TABLE organisation_initiative_aud (
    organisation_id BIGINT      NOT NULL,
    initiative_id   BIGINT      NOT NULL,
    relation        VARCHAR(20),
    rev             BIGINT      NOT NULL REFERENCES revinfo (rev),
    revtype         SMALLINT    NOT NULL,
    PRIMARY KEY (organisation_id, rev, initiative_id, revtype)
);

-- The name is never blank (the form refuses it too); the list and the API page by county and name.
ALTER TABLE organisation ADD CONSTRAINT organisation_name_not_blank CHECK (btrim(name) <> '');
CREATE INDEX organisation_county_name_idx ON organisation (county_code, name COLLATE "hu-HU-x-icu", id);

-- Deleting the outcome "civil organisation founded" keeps the organisation, which then is no outcome any more.
ALTER TABLE organisation DROP CONSTRAINT organisation_founded_outcome_id_fkey;
ALTER TABLE organisation ADD CONSTRAINT organisation_founded_outcome_id_fkey
    FOREIGN KEY (founded_outcome_id) REFERENCES initiative_outcome (id) ON DELETE SET NULL;
-- Deleting an initiative (the national office, only one without outcomes) drops its links to organisations.
ALTER TABLE organisation_initiative DROP CONSTRAINT organisation_initiative_initiative_id_fkey;
ALTER TABLE organisation_initiative ADD CONSTRAINT organisation_initiative_initiative_id_fkey
    FOREIGN KEY (initiative_id) REFERENCES initiative (id) ON DELETE CASCADE;

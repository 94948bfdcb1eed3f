-- Hibernate Envers history of initiatives (revision rows in revinfo): the initiative and its collections.
CREATE TABLE initiative_aud (
    id                      BIGINT NOT NULL,
    rev                     BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype                 SMALLINT,
    title                   VARCHAR(200),
    primary_settlement_id   BIGINT,
    programme_id            BIGINT,
    status                  VARCHAR(20),
    start_date              DATE,
    end_date                DATE,
    lead_worker_id          BIGINT,
    need_assessment         TEXT,
    action_programme        TEXT,
    resident_participants   INTEGER,
    PRIMARY KEY (id, rev)
);
CREATE INDEX initiative_aud_rev_idx ON initiative_aud (rev);

CREATE TABLE initiative_settlement_aud (
    initiative_id   BIGINT NOT NULL,
    settlement_id   BIGINT NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype         SMALLINT,
    PRIMARY KEY (initiative_id, rev, settlement_id)
);

CREATE TABLE initiative_worker_aud (
    initiative_id   BIGINT NOT NULL,
    worker_id       BIGINT NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype         SMALLINT,
    PRIMARY KEY (initiative_id, rev, worker_id)
);

CREATE TABLE initiative_theme_aud (
    initiative_id   BIGINT NOT NULL,
    theme_code      VARCHAR(40) NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype         SMALLINT,
    PRIMARY KEY (initiative_id, rev, theme_code)
);

CREATE TABLE initiative_funding_aud (
    initiative_id   BIGINT NOT NULL,
    position        INTEGER NOT NULL,
    rev             BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype         SMALLINT NOT NULL,
    source          VARCHAR(200),
    amount_huf      BIGINT,
    PRIMARY KEY (initiative_id, rev, position, revtype)
);

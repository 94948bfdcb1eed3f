-- Hibernate Envers revisions: one row per saved change, with who made it. Audited entities add <table>_aud tables.
CREATE TABLE revinfo (
    rev         BIGSERIAL PRIMARY KEY,
    revtstmp    BIGINT       NOT NULL,
    username    VARCHAR(60)
);

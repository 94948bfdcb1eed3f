-- User accounts. County roles are bound to exactly one county; the national office to none.
CREATE TABLE user_account (
    id                    BIGSERIAL PRIMARY KEY,
    username              VARCHAR(60)  NOT NULL,
    full_name             VARCHAR(120) NOT NULL,
    email                 VARCHAR(200),
    password_hash         VARCHAR(200) NOT NULL,
    role                  VARCHAR(30)  NOT NULL
        CHECK (role IN ('NATIONAL_OFFICE', 'COUNTY_COORDINATOR', 'COUNTY_DEVELOPER')),
    county_code           CHAR(2) REFERENCES county (code),
    active                BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts       INTEGER      NOT NULL DEFAULT 0,
    locked_until          TIMESTAMPTZ,
    password_changed_at   TIMESTAMPTZ,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version               BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_account_county_scope CHECK (
        (role = 'NATIONAL_OFFICE' AND county_code IS NULL)
        OR (role <> 'NATIONAL_OFFICE' AND county_code IS NOT NULL))
);

CREATE UNIQUE INDEX user_account_username_uq ON user_account (lower(username));
CREATE INDEX user_account_county_idx ON user_account (county_code);

-- API tokens of /api/v1, issued and revoked by the national office. Only the SHA-256 of a token is kept: the
-- token itself is shown once, when it is issued. The scope is the whole network, one county or one programme.
CREATE TABLE api_token (
    id              BIGSERIAL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    token_hash      CHAR(64)     NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    token_prefix    VARCHAR(12)  NOT NULL,
    scope           VARCHAR(20)  NOT NULL CHECK (scope IN ('NETWORK', 'COUNTY', 'PROGRAMME')),
    county_code     CHAR(2)      REFERENCES county (code),
    programme_id    BIGINT       REFERENCES programme (id),
    created_by      VARCHAR(60)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked_by      VARCHAR(60),
    revoked_at      TIMESTAMPTZ,
    last_used_at    TIMESTAMPTZ,
    CONSTRAINT api_token_scope_target CHECK (
        (scope = 'NETWORK' AND county_code IS NULL AND programme_id IS NULL)
        OR (scope = 'COUNTY' AND county_code IS NOT NULL AND programme_id IS NULL)
        OR (scope = 'PROGRAMME' AND programme_id IS NOT NULL AND county_code IS NULL)),
    CONSTRAINT api_token_revoked_complete CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE INDEX api_token_created_idx ON api_token (created_at DESC, id DESC);

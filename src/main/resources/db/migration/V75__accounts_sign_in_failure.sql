-- Sign-in lockout per account AND client address, with growing delays: failures from one address lock the
-- account for that address only, so nobody can lock an account (the national office's too) for its owner.
-- The account-wide lock of V2/V21 goes; a lock in progress is simply forgotten.
CREATE TABLE sign_in_failure (
    account_id      BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    client_address  VARCHAR(64) NOT NULL,
    failures        INTEGER     NOT NULL CHECK (failures > 0),
    last_failed_at  TIMESTAMPTZ NOT NULL,
    locked_until    TIMESTAMPTZ,
    PRIMARY KEY (account_id, client_address)
);

CREATE INDEX sign_in_failure_last_failed_idx ON sign_in_failure (last_failed_at);

ALTER TABLE user_account DROP COLUMN failed_attempts, DROP COLUMN first_failed_at, DROP COLUMN locked_until;

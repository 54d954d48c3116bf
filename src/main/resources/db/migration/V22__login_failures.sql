-- Failed logins, to slow down password guessing per account and client address. Rows older
-- than a day mean nothing any more and are removed as new ones arrive.
CREATE TABLE login_failures (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username  VARCHAR(100) NOT NULL,
    client_ip VARCHAR(64) NOT NULL,
    failed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_pair_idx ON login_failures (username, client_ip, failed_at);
CREATE INDEX login_failures_client_idx ON login_failures (client_ip, failed_at);
CREATE INDEX login_failures_age_idx ON login_failures (failed_at);

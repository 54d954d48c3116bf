-- Secrets the portal generates for itself when none is configured, kept here so that every
-- node and every restart uses the same one (e.g. the key that signs browser ids for likes).

CREATE TABLE portal_secrets (
    name       VARCHAR(50) PRIMARY KEY,
    secret     TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

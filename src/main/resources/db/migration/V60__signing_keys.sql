-- Keys the portal signs its own cookies with (an anonymous visitor's CSRF token, the page to
-- return to after login). Kept in the database so that every node signs and checks alike; the
-- first node to start creates the key.
CREATE TABLE signing_keys (
    name       VARCHAR(50) PRIMARY KEY,
    key_bytes  BYTEA NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

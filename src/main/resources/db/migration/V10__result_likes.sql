-- One like per browser per result. A browser is known by a long-lived random id the portal
-- keeps in a cookie, so attendees need no account; the primary key refuses a second like.
CREATE TABLE result_likes (
    result_id  BIGINT NOT NULL REFERENCES innovation_results (id) ON DELETE CASCADE,
    browser_id UUID NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT result_likes_pk PRIMARY KEY (result_id, browser_id)
);

-- Every change organizers make: who, when, which record, which fields from what to what.
CREATE TABLE audit_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor        VARCHAR(50) NOT NULL,
    action       VARCHAR(10) NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT')),
    entity_type  VARCHAR(30) NOT NULL,
    entity_id    BIGINT,
    entity_label VARCHAR(300),
    changes      JSONB NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, occurred_at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, occurred_at DESC);

-- Several portal nodes share one database. Periodic work that must run once across them
-- (the upload sweep, the cleanup of expired sessions, the retention of inquiries) runs
-- under an advisory lock and records here when it last started, so that a node whose turn
-- comes just after another's skips it.
CREATE TABLE cluster_tasks (
    name             VARCHAR(100) PRIMARY KEY,
    last_started_at  TIMESTAMPTZ NOT NULL,
    last_finished_at TIMESTAMPTZ,
    last_node        VARCHAR(200) NOT NULL,
    runs             BIGINT NOT NULL DEFAULT 1 CHECK (runs > 0)
);

-- An import runs on one node: that node says every few seconds that it still works on it.
-- A running job whose node stopped saying so is taken over by another node (a check again,
-- an import again, since the import and its COMMITTED status commit together) or, after a
-- second loss, marked FAILED.
ALTER TABLE import_jobs
    ADD COLUMN node_id      VARCHAR(200),
    ADD COLUMN heartbeat_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN attempts     INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    ADD COLUMN committed_by VARCHAR(50);

-- Jobs left running by nodes of the version before this one stay stopped.
UPDATE import_jobs SET status = 'FAILED'
WHERE status IN ('CHECKING', 'COMMITTING') AND updated_at < now() - interval '10 minutes';

CREATE INDEX import_jobs_running_idx ON import_jobs (heartbeat_at) WHERE status IN ('CHECKING', 'COMMITTING');

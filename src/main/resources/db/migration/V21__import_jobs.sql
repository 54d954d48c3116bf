-- Spreadsheet imports: the uploaded file, how far checking or importing has come, and what
-- was found. Kept in the database so that any node can show and continue any import.
CREATE TABLE import_jobs (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('AREAS', 'RESULTS', 'CONTRACTS', 'AWARDS')),
    file_name       VARCHAR(255) NOT NULL,
    content         BYTEA NOT NULL,
    created_by      VARCHAR(50) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    status          VARCHAR(20) NOT NULL CHECK (status IN ('CHECKING', 'CHECKED', 'COMMITTING', 'COMMITTED', 'FAILED')),
    phase           VARCHAR(20) NOT NULL DEFAULT 'CHECKING',
    total_rows      INTEGER NOT NULL DEFAULT 0,
    processed_rows  INTEGER NOT NULL DEFAULT 0,
    created_count   INTEGER NOT NULL DEFAULT 0,
    changed_count   INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    error_rows      INTEGER NOT NULL DEFAULT 0,
    error_count     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX import_jobs_created_idx ON import_jobs (created_at DESC);

CREATE TABLE import_job_errors (
    job_id      UUID NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    row_number  INTEGER NOT NULL,
    column_name VARCHAR(100) NOT NULL,
    message_zh  VARCHAR(2000) NOT NULL,
    message_en  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (job_id, seq)
);

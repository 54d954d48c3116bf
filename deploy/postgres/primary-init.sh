#!/bin/bash
# Runs once, when the primary's data directory is created (docker-entrypoint-initdb.d):
# a user for streaming replication, allowed from the compose network only.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD}';
SQL
echo "host replication replicator 10.89.0.0/24 scram-sha-256" >> "$PGDATA/pg_hba.conf"

#!/bin/bash
# The streaming replica: on its first start it copies the primary (pg_basebackup, with a
# replication slot so that the primary keeps the WAL it has not streamed yet) and writes
# the recovery settings (-R); after that it starts as a hot standby. Runs as postgres.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
	until pg_isready -h db-primary -U postgres; do sleep 1; done
	PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h db-primary -U replicator -D "$PGDATA" \
		-X stream -R -C -S replica1 --checkpoint=fast
	chmod 700 "$PGDATA"
fi
exec postgres -c hot_standby=on -c max_standby_streaming_delay=5s

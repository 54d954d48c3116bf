#!/usr/bin/env bash
# Applies the portal's schema (its Flyway migrations) to an existing benchmark database by
# starting the portal once against it, with the demo data off, and stopping it when it has
# started. Builds the portal first when its jar is missing or older than the sources.
#   bench/apply-schema.sh DATABASE
set -euo pipefail
cd "$(dirname "$0")/.."
DB=$1
JAR=$(ls target/exchange-portal-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
if [ -z "$JAR" ] || [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
	echo "  building the portal"
	./mvnw -q -B -DskipTests package
	JAR=$(ls target/exchange-portal-*.jar | grep -v '\.original$' | head -n 1)
fi
LOG=$(mktemp)
SPRING_DATASOURCE_URL="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$DB" \
SPRING_DATASOURCE_USERNAME=${PGUSER:-postgres} SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-postgres} \
PORTAL_DEMO_ENABLED=false SERVER_PORT=0 \
	java -jar "$JAR" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 120); do
	if grep -q "Started PortalApplication" "$LOG"; then
		echo "  schema at version $(psql -X -A -t -d "$DB" -c 'SELECT max(version::int) FROM flyway_schema_history')"
		exit 0
	fi
	if ! kill -0 "$PID" 2>/dev/null; then
		break
	fi
	sleep 1
done
echo "The portal did not start against $DB:" >&2
tail -40 "$LOG" >&2
exit 1

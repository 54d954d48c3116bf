#!/usr/bin/env bash
# Soak: mixed attendee and organizer load on the running portal for a long while, with
# every request accounted for. The portal (jar, demo data off) runs on a fresh copy of a
# benchmark database; attendees browse, search and like, organizers use the admin lists and
# create and edit contracts through the admin forms. Checks: no failed request, no stack trace,
# no error in the portal's log, no growth trend of the heap after GC, every acknowledged like
# and contract in the database. Writes bench/results/soak-<date>.md; exits 1 if a check fails.
#   bench/soak.sh [--minutes N] [--template DB] [--attendees N] [--organizers N] [--think S]
#                 [--port P] [--heap MB]
# Defaults: 10 minutes, template craftsman_bench_small (from bench/generate-data.sh), 22 attendee
# connections pausing 0 to 2x0.5 s between actions and 2 organizer sessions, port 8300
# (BENCH_PORT), -Xmx512m. Holds /tmp/bench.lock while it measures.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

MINUTES=10
TEMPLATE=craftsman_bench_small
DB=craftsman_bench_soak
ATTENDEES=22
ORGANIZERS=2
THINK=0.5
ATTENDEE_THINK=0.5
TIMEOUT=60
PORT=${BENCH_PORT:-8300}
HEAP_MB=512
HEAP_INTERVAL=10
while [ $# -gt 0 ]; do
	case "$1" in
		--minutes) MINUTES=$2; shift 2 ;;
		--template) TEMPLATE=$2; shift 2 ;;
		--attendees) ATTENDEES=$2; shift 2 ;;
		--organizers) ORGANIZERS=$2; shift 2 ;;
		--think) ATTENDEE_THINK=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		--heap) HEAP_MB=$2; shift 2 ;;
		-h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
done
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
for tool in python3 jcmd psql flock; do
	command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
BENCH_USER=bench
BENCH_PASSWORD=bench-organizer-password
BENCH_JAVA_OPTS="-Xmx${HEAP_MB}m"
SECONDS_TOTAL=$(awk -v m="$MINUTES" 'BEGIN { printf "%d", m * 60 }')
# Warm-up excluded from the heap trend: a fifth of the run, between 30 s and 2 minutes.
WARMUP=$(( SECONDS_TOTAL / 5 < 30 ? 30 : (SECONDS_TOTAL / 5 > 120 ? 120 : SECONDS_TOTAL / 5) ))
PREFIX="SOAK$(date -u +%H%M%S)"
WORK=$(mktemp -d)
cleanup() {
	portal_stop
	rm -rf "$WORK"
}
trap cleanup EXIT

sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

echo "Waiting for the template database $TEMPLATE"
for _ in $(seq 1 180); do
	[ "$(sql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$TEMPLATE'")" = 1 ] && break
	sleep 10
done
echo "Copying $TEMPLATE to $DB"
copied=
for _ in $(seq 1 120); do
	sql -d postgres -c "DROP DATABASE IF EXISTS $DB"
	# The template must have no session open (its generator may still be running): retry.
	if sql -d postgres -c "CREATE DATABASE $DB TEMPLATE $TEMPLATE" 2>"$WORK/create.err"; then
		if [ "$(sql -d "$DB" -c "SELECT (SELECT count(*) FROM innovation_results) > 0
				AND (SELECT count(*) FROM transformation_contracts) > 0 AND (SELECT count(*) FROM award_announcements) > 0" 2>/dev/null)" = t ]; then
			copied=1
			break
		fi
		echo "  $TEMPLATE is not complete yet; retrying in 10 s"
	elif grep -q 'being accessed by other users' "$WORK/create.err"; then
		echo "  $TEMPLATE is busy; retrying in 10 s"
	else
		cat "$WORK/create.err" >&2
		exit 1
	fi
	sleep 10
done
[ -n "$copied" ] || { echo "Could not copy $TEMPLATE" >&2; exit 1; }
sql -d "$DB" -f bench/load/catalogue.sql >"$WORK/catalogue.json"
counts() { sql -F ' ' -d "$DB" -c "SELECT (SELECT coalesce(sum(like_count), 0) FROM innovation_results) + (SELECT coalesce(sum(likes), 0) FROM result_like_shards), (SELECT count(*) FROM result_likes)"; }
read -r LIKES_BEFORE LIKE_ROWS_BEFORE <<<"$(counts)"

exec 9>/tmp/bench.lock
echo "Waiting for /tmp/bench.lock"
flock 9
echo "Starting the portal on $DB (port $PORT, -Xmx${HEAP_MB}m)"
portal_start "$DB" "$PORT"
echo "Soaking for $MINUTES minutes: $ATTENDEES attendee and $ORGANIZERS organizer connections"
python3 bench/load/portal_load.py run --port "$PORT" --catalogue "$WORK/catalogue.json" --out "$WORK/run" \
	--duration "$SECONDS_TOTAL" --attendees "$ATTENDEES" --organizers "$ORGANIZERS" --organizer-think "$THINK" \
	--think "$ATTENDEE_THINK" --timeout "$TIMEOUT" \
	--user "$BENCH_USER" --password "$BENCH_PASSWORD" --prefix "$PREFIX" \
	--heap-pid "$PORTAL_PID" --heap-interval "$HEAP_INTERVAL" --progress
LOG_ERRORS=$(grep -c ' ERROR ' "$PORTAL_LOG" || true)
LOG_EXCEPTIONS=$(grep -c 'Exception' "$PORTAL_LOG" || true)
cp "$PORTAL_LOG" "$WORK/portal.log"
portal_stop
flock -u 9

read -r LIKES_AFTER LIKE_ROWS_AFTER <<<"$(counts)"
sql -d "$DB" -c "CREATE TABLE bench_acknowledged_likes (result_id bigint, browser_id uuid, counted boolean, likes bigint)"
sql -d "$DB" -c "\copy bench_acknowledged_likes FROM '$WORK/run/likes.tsv'"
LIKES_MISSING=$(sql -d "$DB" -c "SELECT count(*) FROM bench_acknowledged_likes a
	WHERE NOT EXISTS (SELECT 1 FROM result_likes l WHERE l.result_id = a.result_id AND l.browser_id = a.browser_id)")
sql -d "$DB" -c "CREATE TABLE bench_acknowledged_contracts (contract_no text)"
sql -d "$DB" -c "\copy bench_acknowledged_contracts FROM '$WORK/run/contracts.tsv'"
CONTRACTS_IN_DB=$(sql -d "$DB" -c "SELECT count(*) FROM transformation_contracts WHERE contract_no LIKE '$PREFIX-%'")
CONTRACTS_MISSING=$(sql -d "$DB" -c "SELECT count(*) FROM bench_acknowledged_contracts a
	WHERE NOT EXISTS (SELECT 1 FROM transformation_contracts c WHERE c.contract_no = a.contract_no)")
sql -d "$DB" -c "DROP TABLE bench_acknowledged_likes, bench_acknowledged_contracts"
SUMMARIES=match
bench/check-summaries.sh "$DB" >/dev/null 2>"$WORK/summaries.err" || SUMMARIES="DIFFER: $(head -3 "$WORK/summaries.err" | tr '\n' ' ')"

REPORT="bench/results/soak-$(date -u +%Y-%m-%d).md"
{
	echo "minutes=$MINUTES"
	echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "machine=$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))"
	echo "java=$(java -version 2>&1 | head -n 1 | cut -d'"' -f2)"
	echo "java_opts=$BENCH_JAVA_OPTS"
	echo "db=$DB"
	echo "template=$TEMPLATE"
	echo "db_size=$(sql -d "$DB" -c "SELECT format('%s results, %s contracts, %s areas, %s hotspots, %s announcements',
		(SELECT count(*) FROM innovation_results), (SELECT count(*) FROM transformation_contracts) - $CONTRACTS_IN_DB,
		(SELECT count(*) FROM exhibition_areas), (SELECT count(*) FROM online_hotspots), (SELECT count(*) FROM award_announcements))")"
	echo "pg_version=$(sql -d "$DB" -c 'SHOW server_version')"
	echo "think=$THINK"
	echo "attendee_think=$ATTENDEE_THINK"
	echo "timeout=$TIMEOUT"
	echo "warmup=$WARMUP"
	echo "heap_interval=$HEAP_INTERVAL"
	echo "heap_json=$(python3 bench/load/portal_load.py heap "$WORK/run/heap.tsv" --warmup "$WARMUP" --interval "$HEAP_INTERVAL")"
	echo "log_errors=$LOG_ERRORS"
	echo "log_exceptions=$LOG_EXCEPTIONS"
	count_facts
} >"$WORK/facts"
status=0
python3 bench/load/portal_load.py soak-report "$WORK/run" --facts "$WORK/facts" >"$REPORT" || status=$?
if [ "$LOG_ERRORS" != 0 ]; then
	echo "The portal logged errors:" >&2
	grep -m 5 -A 3 ' ERROR ' "$WORK/portal.log" >&2 || true
fi
sed -n '/^## Verdict/,/^## Requests per kind/p' "$REPORT" | head -n -1
echo "Report: $REPORT"
exit $status

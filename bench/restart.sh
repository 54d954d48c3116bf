#!/usr/bin/env bash
# PostgreSQL restarted under load: the portal must give attendees its friendly 503 page while
# the database is away, serve pages again within seconds of its return without anyone's help,
# and lose nothing it acknowledged. Runs on a PostgreSQL cluster of its own (15/bench, port
# 5433; created with trust authentication when missing, never the shared one on 5432) with
# a small benchmark database, under mixed attendee and organizer load that records every like
# and contract the portal acknowledged; restarts PostgreSQL (pg_ctlcluster restart), then
# stops it for a few seconds and starts it again; counts afterwards in the database. Last,
# stops the portal with SIGTERM while slow requests are in flight: they must finish with 200.
# Writes bench/results/restart-<date>.md; exits 1 if a check fails.
#   bench/restart.sh [--db DB] [--pg-port P] [--port P] [--down-seconds S] [--attendees N]
# Defaults: craftsman_bench_restart (generated with --scale 0.01 when missing), PostgreSQL port
# 5433, portal port 8310 (BENCH_PORT), 5 s of outage, 12 attendee and 2 organizer
# connections. Needs root (pg_createcluster, pg_ctlcluster). Holds /tmp/bench.lock while it
# measures.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

DB=craftsman_bench_restart
PG_PORT=5433
PORT=${BENCH_PORT:-8310}
DOWN_SECONDS=5
ATTENDEES=12
ORGANIZERS=2
THINK=0.2
ORGANIZER_THINK=0.3
TIMEOUT=60
HEAP_MB=512
RECOVERY_LIMIT=5
CLUSTER="15 bench"
while [ $# -gt 0 ]; do
	case "$1" in
		--db) DB=$2; shift 2 ;;
		--pg-port) PG_PORT=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		--down-seconds) DOWN_SECONDS=$2; shift 2 ;;
		--attendees) ATTENDEES=$2; shift 2 ;;
		-h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
done
if [ "$PG_PORT" = 5432 ]; then
	echo "Refusing to restart the shared PostgreSQL on 5432" >&2
	exit 2
fi
for tool in python3 psql flock curl pg_createcluster pg_ctlcluster; do
	command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
BENCH_USER=bench
BENCH_PASSWORD=bench-organizer-password
BENCH_JAVA_OPTS="-Xmx${HEAP_MB}m"
PREFIX="RESTART$(date -u +%H%M%S)"
WORK=$(mktemp -d)
LOAD_PID=
LOCKER_PID=
pg() { pg_ctlcluster --skip-systemctl-redirect $CLUSTER "$@"; }
cleanup() {
	[ -n "$LOAD_PID" ] && kill "$LOAD_PID" 2>/dev/null || true
	[ -n "$LOCKER_PID" ] && kill "$LOCKER_PID" 2>/dev/null || true
	portal_stop
	# Never leave our cluster stopped.
	pg_lsclusters -h | awk '$1 == 15 && $2 == "bench" { print $4 }' | grep -q online || pg start || true
	rm -rf "$WORK"
}
trap cleanup EXIT
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
mark() { printf '%s\t%s\n' "$1" "$(date +%s.%N)" >>"$WORK/marks"; }

if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "bench"' | grep -q .; then
	echo "Creating PostgreSQL cluster 15/bench on port $PG_PORT (trust authentication)"
	pg_createcluster 15 bench --port "$PG_PORT" -- --auth=trust >/dev/null
fi
pg_lsclusters -h | awk '$1 == 15 && $2 == "bench" { print $3 }' | grep -qx "$PG_PORT" ||
	{ echo "Cluster 15/bench does not listen on $PG_PORT" >&2; exit 2; }
pg_lsclusters -h | awk '$1 == 15 && $2 == "bench" { print $4 }' | grep -q online || pg start
if [ "$(sql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
	echo "Generating $DB on port $PG_PORT"
	bench/generate-data.sh --db "$DB" --scale 0.01
fi
sql -d "$DB" -f bench/load/catalogue.sql >"$WORK/catalogue.json"
counts() { sql -F ' ' -d "$DB" -c "SELECT (SELECT coalesce(sum(like_count), 0) FROM innovation_results) + (SELECT coalesce(sum(likes), 0) FROM result_like_shards), (SELECT count(*) FROM result_likes)"; }

exec 9>/tmp/bench.lock
echo "Waiting for /tmp/bench.lock"
flock 9
read -r LIKES_BEFORE LIKE_ROWS_BEFORE <<<"$(counts)"
echo "Starting the portal on $DB (PostgreSQL port $PG_PORT, portal port $PORT)"
portal_start "$DB" "$PORT"
LOAD_SECONDS=$(( 40 + 2 * 20 + DOWN_SECONDS ))
echo "Load for $LOAD_SECONDS s: $ATTENDEES attendee and $ORGANIZERS organizer connections"
python3 bench/load/portal_load.py run --port "$PORT" --catalogue "$WORK/catalogue.json" --out "$WORK/run" \
	--duration "$LOAD_SECONDS" --attendees "$ATTENDEES" --organizers "$ORGANIZERS" --think "$THINK" \
	--organizer-think "$ORGANIZER_THINK" --timeout "$TIMEOUT" --user "$BENCH_USER" --password "$BENCH_PASSWORD" \
	--prefix "$PREFIX" --events &
LOAD_PID=$!
sleep 20
echo "  restarting PostgreSQL (pg_ctlcluster restart)"
mark "restart down"
pg restart
mark "restart up"
sleep 15
mark "restart end"
sleep 5
echo "  stopping PostgreSQL for $DOWN_SECONDS s"
mark "stop, ${DOWN_SECONDS} s, start down"
pg stop
sleep "$DOWN_SECONDS"
pg start
mark "stop, ${DOWN_SECONDS} s, start up"
wait "$LOAD_PID"
LOAD_PID=
mark "stop, ${DOWN_SECONDS} s, start end"

# Graceful shutdown: requests held up by a table lock are in flight when the portal gets
# SIGTERM; they must still be answered, and only then may the portal exit.
echo "Graceful shutdown: SIGTERM with requests in flight"
HOLD=8
RESULT=$(python3 -c "import json; print(json.load(open('$WORK/catalogue.json'))['results'][0])")
sql -d "$DB" -c "BEGIN; LOCK TABLE innovation_results IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep($HOLD); COMMIT;" >/dev/null &
LOCKER_PID=$!
sleep 1
SLOW=6
for i in $(seq 1 "$SLOW"); do
	curl -s -o "$WORK/slow-$i.html" -w '%{http_code} %{time_total}\n' --max-time 60 \
		"http://localhost:$PORT/results/$RESULT" >"$WORK/slow-$i.txt" &
done
sleep 2
TERM_AT=$(date +%s.%N)
kill -TERM "$PORTAL_PID"
wait "$PORTAL_PID" 2>/dev/null || true
EXIT_AT=$(date +%s.%N)
wait "$LOCKER_PID" || true
LOCKER_PID=
wait
LOG_ERRORS=$(grep -c ' ERROR ' "$PORTAL_LOG" || true)
LOG_WARNINGS=$(grep -c 'Database unavailable for' "$PORTAL_LOG" || true)
# What the ERROR lines are about: logger and the start of the message, counted.
LOG_ERROR_KINDS=$(grep ' ERROR ' "$PORTAL_LOG" | sed -E 's/^.* --- \[[^]]*\] \[[^]]*\] ([^ ]+) +: (.{0,60}).*$/`\1`: \2/' | sort | uniq -c |
	sed 's/^ *\([0-9]*\) \(.*\)/\1 x \2/' | paste -sd ';' - | sed 's/;/; /g' || true)
cp "$PORTAL_LOG" "$WORK/portal.log"
PORTAL_PID=
portal_stop
flock -u 9

answered=0
slowest=0
for i in $(seq 1 "$SLOW"); do
	read -r code took <"$WORK/slow-$i.txt"
	if [ "$code" = 200 ] && grep -q '<h1' "$WORK/slow-$i.html" && ! grep -q 'Exception' "$WORK/slow-$i.html"; then
		answered=$(( answered + 1 ))
	fi
	slowest=$(awk -v a="$slowest" -v b="$took" 'BEGIN { print (b > a ? b : a) }')
done
TERM_TO_EXIT=$(awk -v a="$TERM_AT" -v b="$EXIT_AT" 'BEGIN { printf "%.1f", b - a }')
GRACEFUL_LOG=$(grep -c 'Graceful shutdown complete' "$WORK/portal.log" || true)
GRACEFUL_OK=no
if [ "$answered" = "$SLOW" ] && [ "$GRACEFUL_LOG" -ge 1 ]; then
	GRACEFUL_OK=yes
fi

read -r LIKES_AFTER LIKE_ROWS_AFTER <<<"$(counts)"
check() { # SQL over the acknowledged rows, loaded into temporary tables in the same session
	sql -d "$DB" <<-SQL | tail -n 1
	CREATE TEMP TABLE acknowledged_likes (result_id bigint, browser_id uuid, counted boolean, likes bigint);
	CREATE TEMP TABLE acknowledged_contracts (contract_no text);
	\copy acknowledged_likes FROM '$WORK/run/likes.tsv'
	\copy acknowledged_contracts FROM '$WORK/run/contracts.tsv'
	$1;
	SQL
}
LIKES_MISSING=$(check "SELECT count(*) FROM acknowledged_likes a WHERE NOT EXISTS
	(SELECT 1 FROM result_likes l WHERE l.result_id = a.result_id AND l.browser_id = a.browser_id)")
CONTRACTS_MISSING=$(check "SELECT count(*) FROM acknowledged_contracts a WHERE NOT EXISTS
	(SELECT 1 FROM transformation_contracts c WHERE c.contract_no = a.contract_no)")
CONTRACTS_IN_DB=$(sql -d "$DB" -c "SELECT count(*) FROM transformation_contracts WHERE contract_no LIKE '$PREFIX-%'")
SUMMARIES=match
bench/check-summaries.sh "$DB" >/dev/null 2>"$WORK/summaries.err" || SUMMARIES="DIFFER: $(head -3 "$WORK/summaries.err" | tr '\n' ' ')"

REPORT="bench/results/restart-$(date -u +%Y-%m-%d).md"
{
	echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "machine=$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))"
	echo "java=$(java -version 2>&1 | head -n 1 | cut -d'"' -f2)"
	echo "java_opts=$BENCH_JAVA_OPTS"
	echo "db=$DB"
	echo "db_size=$(sql -d "$DB" -c "SELECT format('%s results, %s contracts, %s areas',
		(SELECT count(*) FROM innovation_results), (SELECT count(*) FROM transformation_contracts) - $CONTRACTS_IN_DB,
		(SELECT count(*) FROM exhibition_areas))")"
	echo "pg_version=$(sql -d "$DB" -c 'SHOW server_version')"
	echo "pg_port=$PG_PORT"
	echo "down_seconds=$DOWN_SECONDS"
	echo "attendee_think=$THINK"
	echo "timeout=$TIMEOUT"
	echo "recovery_limit=$RECOVERY_LIMIT"
	echo "log_errors=$LOG_ERRORS"
	echo "log_warnings=$LOG_WARNINGS"
	echo "log_error_kinds=$LOG_ERROR_KINDS"
	count_facts
	echo "graceful_ok=$GRACEFUL_OK"
	echo "graceful_summary=$answered of $SLOW in-flight requests answered 200 with the page; exit $TERM_TO_EXIT s after SIGTERM"
	echo "graceful_text=A transaction held an exclusive lock on \`innovation_results\` for $HOLD s; $SLOW requests for a result page (\`/results/$RESULT\`) waited on it; 2 s after they were sent the portal got SIGTERM (\`server.shutdown: graceful\`, \`spring.lifecycle.timeout-per-shutdown-phase: 20s\`). $answered of $SLOW were answered 200 with the whole page, the slowest after $slowest s; the portal exited $TERM_TO_EXIT s after SIGTERM, once they were answered, and logged \"Graceful shutdown complete\" $GRACEFUL_LOG time(s). The same is tested in \`src/test/java/org/craftsman/portal/session/GracefulShutdownTest.java\`."
} >"$WORK/facts"
status=0
python3 bench/load/portal_load.py restart-report "$WORK/run" --facts "$WORK/facts" --marks "$WORK/marks" >"$REPORT" || status=$?
sed -n '/^## Verdict/,/^## The outages/p' "$REPORT" | head -n -1
echo "Report: $REPORT"
exit $status

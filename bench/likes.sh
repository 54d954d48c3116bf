#!/usr/bin/env bash
# Measures the portal's like of one hot result (every like on the same result, as when the big
# screen shows it), on a scratch database of its own (created, filled and dropped here):
#   1. with pgbench, the portal's statement (bench/load/counters/like-portal-sharded.sql, the
#      statement of LikeWriter for a group of one like) at 1/8/32/64 clients, with the portal's fold
#      (fold-portal.sql) running every --fold-every seconds beside it; and, in the same
#      conditions, the like before V90 (like-portal.sql: the increment of the result's row);
#   2. through HTTP, the running portal: wrk POSTs likes to the one result, each request
#      without a browser cookie, so each is a new browser (the portal issues a signed id and
#      counts the like), with the like limits raised; the portal's own scheduled fold runs.
# After each part it checks that no like was lost or counted twice: the result's count grew
# by the likes counted, rows of result_likes by as much, and the dashboard's like total equals
# the results' like counts plus their shards. Every run holds flock /tmp/bench.lock.
#   bench/likes.sh                      both parts, 15 s per run
#   bench/likes.sh --no-http            pgbench only
#   bench/likes.sh --clients ""         HTTP only (--warmup S before it, default 45: on 2 cores the JIT compiles for about a minute after start)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

DB=craftsman_bench_likes
DURATION=15
CLIENTS="1 8 32 64"
RESULTS=680
PRELOAD=1000000
FOLD_EVERY=5
WARMUP=45
HTTP=true
CONNECTIONS=64
PORT=${BENCH_PORT:-8095}
KEEP=false
OUT=
while [ $# -gt 0 ]; do
	case "$1" in
		--db) DB=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--clients) CLIENTS=$2; shift 2 ;;
		--results) RESULTS=$2; shift 2 ;;
		--preload-likes) PRELOAD=$2; shift 2 ;;
		--fold-every) FOLD_EVERY=$2; shift 2 ;;
		--warmup) WARMUP=$2; shift 2 ;;
		--connections) CONNECTIONS=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		--no-http) HTTP=false; shift ;;
		--keep) KEEP=true; shift ;;
		--output) OUT=$2; shift 2 ;;
		-h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
done
case "$DB" in *bench*) ;; *) echo "The database name must contain \"bench\": $DB" >&2; exit 2 ;; esac
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
OUT=${OUT:-bench/results/likes-$(date -u +%F).md}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -d "$DB")
SCRIPTS=bench/load/counters
WORK=$(mktemp -d)
ROWS="$WORK/rows" # case|clients|tps|avg|p50|p95|p99|failed|transactions|folds
: >"$ROWS"
cleanup() {
	portal_stop
	rm -rf "$WORK"
	if [ "$KEEP" = false ]; then
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB\"" >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT
log() { echo "[$(date -u +%T)] $*" >&2; }
sql() { psql -X -A -t -q -d "$DB" -c "$1"; }

log "creating $DB with the portal's schema (the portal applies its migrations)"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB\"" -c "CREATE DATABASE \"$DB\""
bench/apply-schema.sh "$DB" >&2
log "filling: $RESULTS results, $PRELOAD likes already given"
"${PSQL[@]}" -f bench/sql/00-helpers.sql >/dev/null
"${PSQL[@]}" -v organizations=200 -v areas=77 -v online_areas=1 -f bench/sql/10-catalogue.sql
"${PSQL[@]}" -v first=1 -v last="$RESULTS" -v organizations=200 -v offline_areas=76 -f bench/sql/20-results.sql
"${PSQL[@]}" -c "UPDATE innovation_results SET published = true WHERE NOT published"
"${PSQL[@]}" -v likes="$PRELOAD" -v results="$RESULTS" -f bench/sql/counters-preload-likes.sql
"${PSQL[@]}" -c "VACUUM (ANALYZE)"
HOT=$(sql "SELECT min(id) FROM innovation_results WHERE published")

# Exact counts: the hot result's shown count and its rows; the dashboard against the counters.
shown() { sql "SELECT like_count + coalesce((SELECT sum(likes) FROM result_like_shards WHERE result_id = $HOT), 0) FROM innovation_results WHERE id = $HOT"; }
like_rows() { sql "SELECT count(*) FROM result_likes WHERE result_id = $HOT"; }
dashboard_off() {
	sql "SELECT ((SELECT coalesce(sum(value), 0) FROM dashboard_counters WHERE counter = 'likes')
		- (SELECT coalesce(sum(like_count), 0) FROM innovation_results)
		- (SELECT coalesce(sum(likes), 0) FROM result_like_shards))::bigint"
}
CHECKS="$WORK/checks"
: >"$CHECKS"
# check LABEL SHOWN_BEFORE ROWS_BEFORE COUNTED [IN_FLIGHT]: the shown count and the rows grew
# by the likes counted (plus at most IN_FLIGHT likes the database committed after the client
# stopped counting answers: wrk does not count the requests still open when it stops).
check() {
	local shown_after rows_after off grew
	shown_after=$(shown)
	rows_after=$(like_rows)
	off=$(dashboard_off)
	grew=$((shown_after - $2))
	echo "| $1 | $4 | $grew | $((rows_after - $3)) | $off |" >>"$CHECKS"
	log "$1: counted $4, shown count +$grew, rows +$((rows_after - $3)), dashboard off by $off"
	[ "$grew" = $((rows_after - $3)) ] && [ "$grew" -ge "$4" ] && [ "$grew" -le $(($4 + ${5:-0})) ] && [ "$off" = 0 ] || FAILED=true
}
FAILED=false

# record CASE CLIENTS PGBENCH_OUTPUT LOG_PREFIX FOLDS (as bench/counters.sh)
record() {
	local tps avg failed count pct
	tps=$(sed -n 's/^tps = \([0-9.]*\) (without.*/\1/p' "$3")
	avg=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$3")
	failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$3")
	count=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$3")
	pct=$(cat "$4".* | awk '{ print $3 / 1000 }' | sort -n | awk '
		{ v[NR] = $1 }
		function at(q,  i) { i = int(NR * q + 0.5); if (i < 1) i = 1; return v[i] }
		END { if (NR == 0) { print "- - -"; exit }
		      printf "%.2f %.2f %.2f\n", at(0.50), at(0.95), at(0.99) }')
	rm -f "$4".*
	echo "$1|$2|$tps|$avg|${pct// /|}|${failed:-0}|$count|$5" >>"$ROWS"
	log "$(printf '%-26s c=%-3s tps %9s  avg %8s ms  p50/p95/p99 %s ms  folds %s' "$1" "$2" "$tps" "$avg" "$pct" "$5")"
}

# run_likes CASE CLIENTS SCRIPT: likes on the hot result under the lock, the fold every
# $FOLD_EVERY s beside them; checks the counts afterwards.
run_likes() {
	local name=$1 clients=$2 script=$3 jobs=$(($2 < 2 ? $2 : 2)) prefix="$WORK/tx-$RANDOM"
	local shown0 rows0 count
	sql "VACUUM (ANALYZE) innovation_results, result_like_shards, dashboard_counters" >/dev/null
	shown0=$(shown)
	rows0=$(like_rows)
	: >"$prefix.folds"
	flock /tmp/bench.lock bash -c '
		pgbench -n -M prepared -c "$1" -j "$2" -T "$3" -D lo="$4" -D hi="$4" -f "$5" \
			--log --log-prefix="$6" "$7" >"$6.out" 2>&1 &
		likes=$!
		while kill -0 "$likes" 2>/dev/null; do
			sleep "$8"
			psql -X -q -v ON_ERROR_STOP=1 -d "$7" -f bench/load/counters/fold-portal.sql >/dev/null && echo >>"$6.folds"
		done
		wait "$likes"' _ "$clients" "$jobs" "$DURATION" "$HOT" "$script" "$prefix" "$DB" "$FOLD_EVERY" || {
		cat "$prefix.out" >&2
		exit 1
	}
	count=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$prefix.out")
	record "$name" "$clients" "$prefix.out" "$prefix" "$(wc -l <"$prefix.folds")"
	psql -X -q -d "$DB" -f bench/load/counters/fold-portal.sql >/dev/null
	check "$name, $clients clients" "$shown0" "$rows0" "$count"
}

START=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
log "1. pgbench: the portal's like (sharded) and the like before V90 (hot row), one hot result"
for c in $CLIENTS; do run_likes "like-sharded" "$c" "$SCRIPTS/like-portal-sharded.sql"; done
for c in $CLIENTS; do run_likes "like-hot-row-before-V90" "$c" "$SCRIPTS/like-portal.sql"; done

HTTP_LINE=
if [ "$HTTP" = true ]; then
	log "2. HTTP: the portal, $CONNECTIONS connections, every like on result $HOT"
	export PORTAL_LIKES_NEW_IDS_PER_MINUTE=100000000 PORTAL_LIKES_LIKES_PER_MINUTE=100000000
	BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
	portal_start "$DB" "$PORT"
	BASE="http://localhost:$PORT"
	# A like carries no token; it says it comes from the portal's own page, as a browser
	# does. One like by curl first: the request wrk repeats must be counted.
	curl -fsS -o /dev/null -H "Sec-Fetch-Site: same-origin" -H "Accept: application/json" \
		-X POST "$BASE/results/$HOT/like"
	wrk_likes() {
		BENCH_PATH="/results/$HOT/like" BENCH_METHOD=POST \
		BENCH_HEADERS="Sec-Fetch-Site: same-origin;;Accept: application/json" \
			flock /tmp/bench.lock wrk -t2 -c"$CONNECTIONS" -d"$1s" --timeout 10s -s bench/load/request.lua "$BASE" |
			grep '^RESULT' | sed 's/^RESULT //'
	}
	wrk_likes "$WARMUP" >/dev/null # warm-up: the JIT compiles the like's path
	sleep "$FOLD_EVERY"
	shown0=$(shown)
	rows0=$(like_rows)
	HTTP_LINE=$(wrk_likes "$DURATION")
	json() { python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }
	acked=$(($(json "$HTTP_LINE" requests) - $(json "$HTTP_LINE" failures)))
	sleep $((FOLD_EVERY + 2)) # the portal's fold moves what the shards hold
	LEFT=$(sql "SELECT coalesce(sum(likes), 0) FROM result_like_shards")
	check "HTTP, $CONNECTIONS connections" "$shown0" "$rows0" "$acked" "$CONNECTIONS"
	ERRORS=$(grep -c ' ERROR ' "$PORTAL_LOG" || true)
	portal_stop
	log "HTTP: $HTTP_LINE; likes left in shards after the fold: $LEFT; portal log errors: $ERRORS"
fi
END=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)

{
	echo "# The portal's like of one hot result, measured"
	echo
	echo "Measured from $START to $END by \`bench/likes.sh --duration $DURATION\` on $(nproc) cores,"
	echo "$(sql "SELECT split_part(version(), ' on ', 1)"), synchronous_commit=$(sql "SHOW synchronous_commit"),"
	echo "shared_buffers=$(sql "SHOW shared_buffers"); load average $LOAD0 at the start, $LOAD1 at the end."
	echo "Portal commit $(git rev-parse --short HEAD). $RESULTS results, $PRELOAD likes already in \`result_likes\`;"
	echo "every like on result $HOT; the fold every $FOLD_EVERY s."
	echo
	echo "## pgbench"
	echo
	echo "| case | clients | likes/s | avg (ms) | p50 (ms) | p95 (ms) | p99 (ms) | failed | likes | folds |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
	awk -F'|' '{ printf "| %s | %s | %.0f | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 }' "$ROWS"
	if [ -n "$HTTP_LINE" ]; then
		echo
		echo "## HTTP"
		echo
		echo "wrk -t2 -c$CONNECTIONS -d${DURATION}s after ${WARMUP} s of the same requests: \`$HTTP_LINE\`"
		echo
		echo "Likes left in the shards ${FOLD_EVERY}+2 s after the run: $LEFT. Errors in the portal's log: $ERRORS."
	fi
	echo
	echo "## Checks"
	echo
	echo "Likes counted: pgbench's transactions, or wrk's answered requests (the database may hold up to"
	echo "$CONNECTIONS more from the requests still open when wrk stops, never fewer)."
	echo
	echo "| run | likes counted | shown count grew by | result_likes rows grew by | dashboard − (like_count + shards) |"
	echo "|---|---:|---:|---:|---:|"
	cat "$CHECKS"
} >"$OUT"
log "report: $OUT"
[ "$FAILED" = false ] || { echo "Counts do not add up (see $OUT)" >&2; exit 1; }

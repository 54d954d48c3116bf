#!/usr/bin/env bash
# Load benchmark of the portal at conference scale and beyond. Starts the portal (demo data off,
# heap capped with -Xmx512m) on a benchmark database, then drives each page and endpoint over
# loopback with wrk at 64 connections: throughput, p50/p95/p99 latency, failures, bytes and CPU
# per request. Beside them, in the same run, the two limits: a static asset served by the same
# portal, and pgbench doing single-row UPDATEs on the same PostgreSQL. Likes are counted before
# and after (no increment may be lost). Heap is sampled with jstat all along. Writes a markdown
# report with the ratios to bench/results/load-<date>.md.
#   bench/load.sh [--db DB] [--connections N] [--duration SECONDS] [--warmup SECONDS] [--port PORT]
# Build the database first (about three minutes):  bench/generate-data.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

DB=craftsman_bench
CONNECTIONS=64
DURATION=15
WARMUP=5
PORT=${BENCH_PORT:-8090}
BENCH_USER=bench
BENCH_PASSWORD=bench-organizer-password
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
while [ $# -gt 0 ]; do
	case "$1" in
		--db) DB=$2; shift 2 ;;
		--connections) CONNECTIONS=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--warmup) WARMUP=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		-h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
done
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
for tool in wrk pgbench jstat python3; do
	command -v $tool >/dev/null || { echo "$tool is needed (Debian packages wrk, postgresql-client, a JDK, python3)" >&2; exit 2; }
done
sql() { psql -X -A -t -q -d "$DB" -c "$1"; }
urlencode() { python3 -c 'import sys, urllib.parse; print("|".join(urllib.parse.quote(t) for t in sys.argv[1:]))' "$@"; }

PGBENCH_DB=craftsman_bench_pgbench
WORK=$(mktemp -d)
cleanup() {
	[ -n "${JSTAT_PID:-}" ] && kill "$JSTAT_PID" 2>/dev/null || true
	portal_stop
	rm -rf "$WORK"
}
trap cleanup EXIT

# Every like of the run comes from one address and is a new browser: lift the per-address limits
# (they are there for a venue's NAT, not for a benchmark), as bench/likes.sh does.
export PORTAL_LIKES_NEW_IDS_PER_MINUTE=100000000 PORTAL_LIKES_LIKES_PER_MINUTE=100000000
echo "Starting the portal on $DB (port $PORT, $BENCH_JAVA_OPTS)"
portal_start "$DB" "$PORT"
STARTUP=$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$PORTAL_LOG" | grep -o '[0-9.]*')
echo "  started in $STARTUP s"
portal_login "$PORT" "$BENCH_USER" "$BENCH_PASSWORD"
ORGANIZER=$COOKIE
BASE="http://localhost:$PORT"

# A like carries no token: the like button's script says it comes from the portal's own page.
curl -fsS -c "$WORK/jar" "$BASE/results" >"$WORK/results.html"
STATIC=$(grep -o 'href="/css/attendee[^"]*\.css"' "$WORK/results.html" | head -n 1 | sed 's/href="//; s/"$//')

# Ids and terms drawn by each request.
# Published results only (an unpublished one is a 404), drawn from a sample of 10,000.
sql "SELECT id FROM innovation_results WHERE published ORDER BY random() LIMIT 10000" >"$WORK/result-ids"
read -r AREA_MIN AREA_MAX <<<"$(sql "SELECT min(id), max(id) FROM exhibition_areas WHERE kind = 'OFFLINE'" | tr '|' ' ')"
RESULTS=$(sql "SELECT count(*) FROM innovation_results")
CONTRACTS=$(sql "SELECT count(*) FROM transformation_contracts")
HOTSPOTS=$(sql "SELECT count(*) FROM online_hotspots")
RESULT_PAGES=$(( RESULTS / 20 < 50 ? RESULTS / 20 : 50 ))
HALL_PAGES=$(( HOTSPOTS / 24 < 50 ? HOTSPOTS / 24 : 50 ))
ZH_TERMS=$(urlencode 数控 焊接 检测装置 机器人 变电站 盾构 节能 风力发电 激光修复 王伟 远程运维 密封)
EN_TERMS=$(urlencode welding turbine inspection "laser repair" robot substation "energy-saving" boilers calibration cranes)
CATEGORIES=$(urlencode 装备制造 电力能源 交通运输 石油化工 冶金材料 航空航天)

GZIP="Accept-Encoding: gzip"
# label|kind|path|method|id min|id max|terms|extra headers
ENDPOINTS=(
	"static asset ($STATIC)|static|$STATIC|GET|1|1||"
	"results list|page|/results?page={id}|GET|1|$RESULT_PAGES||"
	"results list, filtered (category, signed)|page|/results?category={q}&signed=true|GET|1|1|$CATEGORIES|"
	"results list, filtered (area)|page|/results?area={id}|GET|$AREA_MIN|$AREA_MAX||"
	"search, Chinese|search|/results?q={q}|GET|1|1|$ZH_TERMS|"
	"search, English|search|/results?q={q}|GET|1|1|$EN_TERMS|Accept-Language: en"
	"search, Chinese, every address new|search|/results?q={q}&n={id}|GET|1|1000000000|$ZH_TERMS|"
	"search, English, every address new|search|/results?q={q}&n={id}|GET|1|1000000000|$EN_TERMS|Accept-Language: en"
	"result detail|page|/results/{id}|GET|ids|ids||"
	"area detail|other|/areas/{id}|GET|$AREA_MIN|$AREA_MAX||"
	"online hall|other|/hall?page={id}|GET|1|$HALL_PAGES||"
	"awards|other|/awards|GET|1|1||"
	"dashboard (organizer)|dashboard|/dashboard|GET|1|1||Cookie: $ORGANIZER"
	"/api/stats|other|/api/stats|GET|1|1||"
	"like (POST, JSON)|like|/results/{id}/like|POST|ids|ids||Sec-Fetch-Site: same-origin;;Accept: application/json"
)

jstat -gc "$PORTAL_PID" 1000 >"$WORK/jstat" 2>/dev/null &
JSTAT_PID=$!
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PORTAL_PID/stat"; }
TICKS=$(getconf CLK_TCK)

declare -A RESULT CPU
run_wrk() { # run_wrk SECONDS ENTRY [CONNECTIONS]: prints wrk's RESULT json
	local entry=$2 connections=${3:-$CONNECTIONS} label kind path method idmin idmax terms headers
	IFS='|' read -r label kind path method idmin idmax terms headers <<<"$entry"
	local idfile=
	if [ "$idmin" = ids ]; then
		idfile=$WORK/result-ids idmin=1 idmax=1
	fi
	BENCH_PATH=$path BENCH_METHOD=$method BENCH_ID_MIN=$idmin BENCH_ID_MAX=$idmax BENCH_ID_FILE=$idfile \
	BENCH_TERMS=$terms BENCH_HEADERS="$GZIP;;$headers" \
		wrk -t$(( connections < 2 ? 1 : 2 )) -c"$connections" -d"${1}s" --timeout 10s -s bench/load/request.lua "$BASE" | grep '^RESULT' | sed 's/^RESULT //'
}
json() { python3 -c 'import json, sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }

printf '%-52s %9s %8s %8s %8s %8s %8s\n' "endpoint ($CONNECTIONS connections, ${DURATION} s)" "req/s" "p50 ms" "p95 ms" "p99 ms" "failures" "CPU ms"
for entry in "${ENDPOINTS[@]}"; do
	label=${entry%%|*}
	run_wrk "$WARMUP" "$entry" >/dev/null
	if [ "$(cut -d'|' -f2 <<<"$entry")" = like ]; then
		LIKES_BEFORE=$(sql "SELECT (SELECT sum(like_count) FROM innovation_results) + (SELECT coalesce(sum(likes), 0) FROM result_like_shards)")
		LIKE_ROWS_BEFORE=$(sql "SELECT count(*) FROM result_likes")
	fi
	before=$(cpu_ticks)
	RESULT[$label]=$(run_wrk "$DURATION" "$entry")
	after=$(cpu_ticks)
	CPU[$label]=$(awk -v t=$(( after - before )) -v hz="$TICKS" -v n="$(json "${RESULT[$label]}" requests)" \
		'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }')
	printf '%-52s %9s %8s %8s %8s %8s %8s\n' "${label:0:52}" "$(json "${RESULT[$label]}" rps)" "$(json "${RESULT[$label]}" p50_ms)" \
		"$(json "${RESULT[$label]}" p95_ms)" "$(json "${RESULT[$label]}" p99_ms)" "$(json "${RESULT[$label]}" failures)" "${CPU[$label]}"
done
# The same pages and searches alone, one connection: the latency of a request that does not queue.
declare -A ALONE
for entry in "${ENDPOINTS[@]}"; do
	label=${entry%%|*}
	case $(cut -d'|' -f2 <<<"$entry") in
		page | search | static) ALONE[$label]=$(run_wrk "$DURATION" "$entry" 1) ;;
	esac
done
sleep 2
LIKES_AFTER=$(sql "SELECT (SELECT sum(like_count) FROM innovation_results) + (SELECT coalesce(sum(likes), 0) FROM result_like_shards)")
LIKE_ROWS_AFTER=$(sql "SELECT count(*) FROM result_likes")
LIKE_ENTRY=${ENDPOINTS[-1]%%|*}
LIKES_ACKED=$(( $(json "${RESULT[$LIKE_ENTRY]}" requests) - $(json "${RESULT[$LIKE_ENTRY]}" failures) ))
kill "$JSTAT_PID" 2>/dev/null || true
JSTAT_PID=
# jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ... (KB); heap used = S0U + S1U + EU + OU
HEAP=$(awk 'NR > 1 && $1 ~ /^[0-9]/ { used = ($3 + $4 + $6 + $8) / 1024; old = $8 / 1024; if (used > max) max = used;
	if (old > maxold) maxold = old; cap = ($1 + $2 + $5 + $7) / 1024; if (cap > maxcap) maxcap = cap }
	END { printf "%.0f %.0f %.0f", max, maxold, maxcap }' "$WORK/jstat")
read -r HEAP_MAX OLD_MAX HEAP_COMMITTED <<<"$HEAP"
GC=$(tail -n 1 "$WORK/jstat" | awk '{ printf "%s young GCs (%.2f s), %s full/concurrent (%.2f s)", $(NF-6), $(NF-5), $(NF-4), $(NF-3) }')
RSS=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$PORTAL_PID/status")
portal_stop

echo "pgbench: single-row UPDATEs on the same PostgreSQL ($CONNECTIONS clients, ${DURATION} s)"
if [ -z "$(psql -X -A -t -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$PGBENCH_DB'")" ]; then
	createdb "$PGBENCH_DB"
	pgbench -q -i -s 10 "$PGBENCH_DB" >/dev/null 2>&1
fi
printf '\\set aid random(1, 1000000)\nUPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;\n' >"$WORK/update.sql"
pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$WARMUP" -f "$WORK/update.sql" "$PGBENCH_DB" >/dev/null
pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -f "$WORK/update.sql" "$PGBENCH_DB" >"$WORK/pgbench"
PGBENCH_TPS=$(grep -o 'tps = [0-9.]*' "$WORK/pgbench" | head -n 1 | grep -o '[0-9.]*')
PGBENCH_LAT=$(grep -o 'latency average = [0-9.]* ms' "$WORK/pgbench" | grep -o '[0-9.]*')
echo "  $PGBENCH_TPS tps, latency average $PGBENCH_LAT ms"

STATIC_LABEL=${ENDPOINTS[0]%%|*}
STATIC_RPS=$(json "${RESULT[$STATIC_LABEL]}" rps)
REPORT="bench/results/load-$(date -u +%Y-%m-%d).md"
{
	echo "# Load benchmark at $(printf "%'d" "$CONTRACTS") contracts"
	echo
	echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/load.sh\` on $(nproc) cores"
	echo "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); PostgreSQL"
	echo "$(sql 'SHOW server_version'), Java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2)), a shared, noisy machine: the portal, PostgreSQL and"
	echo "wrk share the same 2 cores, so the figures are a floor and the ratios are what to compare."
	echo
	echo "Database \`$DB\` from \`bench/generate-data.sh\`: $(printf "%'d" "$RESULTS") results, $(printf "%'d" "$CONTRACTS") contracts,"
	echo "$(printf "%'d" "$HOTSPOTS") hotspots, $(printf "%'d" "$(sql 'SELECT count(*) FROM exhibition_areas')") areas, $(printf "%'d" "$(sql 'SELECT count(*) FROM award_announcements')") award announcements."
	echo "The portal ran as a jar with \`$BENCH_JAVA_OPTS\`, demo data off, and started in **$STARTUP s**."
	echo "Each endpoint: wrk, $CONNECTIONS connections over loopback, $WARMUP s warm-up then $DURATION s measured, gzip accepted;"
	echo "ids, pages and search terms drawn at random per request. CPU ms is the portal's own CPU time per"
	echo "request (PostgreSQL's not included). English visitors send \`Accept-Language: en\` (as a browser set to"
	echo "English does, or the language cookie after one switch). The rows \"every address new\" add a parameter that"
	echo "never repeats, so that no request is served from the page cache: they measure the search itself."
	echo
	echo "| endpoint | req/s | of static | p50 ms | p95 ms | p99 ms | failures | bytes | CPU ms | targets |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
	for entry in "${ENDPOINTS[@]}"; do
		label=${entry%%|*} kind=$(cut -d'|' -f2 <<<"$entry") r=${RESULT[$label]}
		rps=$(json "$r" rps) p95=$(json "$r" p95_ms) p99=$(json "$r" p99_ms)
		share=$(awk -v a="$rps" -v b="$STATIC_RPS" 'BEGIN { printf "%.0f%%", 100 * a / b }')
		case $kind in
			page) verdict=$(awk -v a="$rps" -v b="$STATIC_RPS" -v p="$p99" 'BEGIN { print (a >= b / 2 ? "throughput met" : "throughput MISSED") ", " (p < 50 ? "p99 met" : "p99 MISSED") }') ;;
			search) verdict=$(awk -v p="$p95" 'BEGIN { print (p < 20 ? "p95 met" : "p95 MISSED") }') ;;
			dashboard) verdict=$(awk -v p="$p95" 'BEGIN { print (p < 50 ? "p95 met" : "p95 MISSED") " (whole page; per query see dashboard-queries)" }') ;;
			like) verdict=$(awk -v a="$rps" -v b="$PGBENCH_TPS" 'BEGIN { printf "%.0f%% of pgbench: %s", 100 * a / b, (a >= b / 2 ? "met" : "MISSED") }') ;;
			static) verdict="the limit" ;;
			*) verdict="" ;;
		esac
		[ "$(json "$r" failures)" = 0 ] || verdict="$verdict, FAILURES"
		echo "| $label | $rps | $share | $(json "$r" p50_ms) | $p95 | $p99 | $(json "$r" failures) | $(json "$r" bytes_per_request) | ${CPU[$label]} | $verdict |"
	done
	echo "| pgbench: single-row UPDATE | $PGBENCH_TPS | | | | | | | | the limit (latency average $PGBENCH_LAT ms) |"
	echo
	echo "## One connection"
	echo
	echo "The same requests from a single connection (nothing queues), $DURATION s each:"
	echo
	echo "| endpoint | req/s | p50 ms | p95 ms | p99 ms | failures | targets at one connection |"
	echo "|---|---:|---:|---:|---:|---:|---|"
	for entry in "${ENDPOINTS[@]}"; do
		label=${entry%%|*} kind=$(cut -d'|' -f2 <<<"$entry") r=${ALONE[${entry%%|*}]:-}
		[ -n "$r" ] || continue
		case $kind in
			page) verdict=$(awk -v p="$(json "$r" p99_ms)" 'BEGIN { print (p < 50 ? "p99 < 50 ms" : "p99 >= 50 ms") }') ;;
			search) verdict=$(awk -v p="$(json "$r" p95_ms)" 'BEGIN { print (p < 20 ? "p95 < 20 ms: met" : "p95 MISSED") }') ;;
			*) verdict="" ;;
		esac
		echo "| $label | $(json "$r" rps) | $(json "$r" p50_ms) | $(json "$r" p95_ms) | $(json "$r" p99_ms) | $(json "$r" failures) | $verdict |"
	done
	echo
	echo "## Likes"
	echo
	echo "Acknowledged by the portal (2xx answers): $LIKES_ACKED. Sum of the results' like counts grew by"
	echo "$(( LIKES_AFTER - LIKES_BEFORE )), rows in \`result_likes\` by $(( LIKE_ROWS_AFTER - LIKE_ROWS_BEFORE ))"
	echo "(a request still in flight when wrk stops may be committed without being acknowledged, so the"
	echo "database may count up to $CONNECTIONS more, never fewer). Lost: $(( LIKES_ACKED > LIKES_AFTER - LIKES_BEFORE ? LIKES_ACKED - LIKES_AFTER + LIKES_BEFORE : 0 )). Counter and rows agree: $([ $(( LIKES_AFTER - LIKES_BEFORE )) = $(( LIKE_ROWS_AFTER - LIKE_ROWS_BEFORE )) ] && echo yes || echo NO)."
	echo
	echo "## Memory"
	echo
	echo "Heap used at most **$HEAP_MAX MB** (old generation at most $OLD_MAX MB, heap committed at most $HEAP_COMMITTED MB),"
	echo "sampled every second by \`jstat -gc\` over the whole run, under \`$BENCH_JAVA_OPTS\`; $GC;"
	echo "peak resident set $RSS MB."
} >"$REPORT"
echo "Report: $REPORT"

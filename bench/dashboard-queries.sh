#!/usr/bin/env bash
# Measures the latency of each dashboard query through the running portal, over loopback, at
# two scales: a database with 10,000 contracts and one with 1,000,000 (the same areas,
# results, hotspots and awards otherwise). The portal runs on both side by side; an organizer
# logs in; after a warm-up each query's endpoint is requested by one connection, in rounds
# that alternate between the scales; wrk reports p50/p95 per round and the report gives the
# median of the rounds. Writes a markdown report to bench/results/.
#   bench/dashboard-queries.sh [--small DB] [--large DB] [--duration SECONDS] [--rounds N] [--warmup SECONDS]
# Build the databases first:
#   bench/generate-data.sh --db craftsman_bench_small --contracts 10000
#   bench/generate-data.sh --db craftsman_bench
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

SMALL=craftsman_bench_small
LARGE=craftsman_bench
DURATION=5
ROUNDS=3
WARMUP=3
PORT=${BENCH_PORT:-8093}
BENCH_USER=bench
BENCH_PASSWORD=bench-organizer-password
while [ $# -gt 0 ]; do
	case "$1" in
		--small) SMALL=$2; shift 2 ;;
		--large) LARGE=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--rounds) ROUNDS=$2; shift 2 ;;
		--warmup) WARMUP=$2; shift 2 ;;
		-h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
done
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
command -v wrk >/dev/null || { echo "wrk is needed (Debian package wrk)" >&2; exit 2; }

CONFERENCE='from=2022-04-27&to=2022-04-29'
MONTH='from=2022-05-01&to=2022-05-30'
# label|path: one dashboard query per endpoint (the JSON API runs exactly the dashboard's SQL)
QUERIES=(
	"headline totals (home page, /api/stats)|/api/stats"
	"breakdown by area|/api/stats/breakdown?by=area"
	"breakdown by region|/api/stats/breakdown?by=region"
	"breakdown by category|/api/stats/breakdown?by=category"
	"breakdown by organization|/api/stats/breakdown?by=organization"
	"contracts per day (all, shown per month)|/api/stats/breakdown?by=day"
	"hotspots by media kind|/api/stats/breakdown?by=mediaKind"
	"awards by award|/api/stats/breakdown?by=award"
	"conference days: by area|/api/stats/breakdown?by=area&$CONFERENCE"
	"conference days: by organization|/api/stats/breakdown?by=organization&$CONFERENCE"
	"conference days: per day|/api/stats/breakdown?by=day&$CONFERENCE"
	"30 days: by area|/api/stats/breakdown?by=area&$MONTH"
	"30 days: by organization|/api/stats/breakdown?by=organization&$MONTH"
	"big screen refresh|/dashboard/screen/data"
	"whole dashboard page (all queries + HTML)|/dashboard"
	"whole dashboard page, conference days|/dashboard?$CONFERENCE"
)

declare -A P50 P95 REQUESTS
SMALL_PORT=$PORT
LARGE_PORT=$(( PORT + 1 ))

stop_all() {
	for pid in ${SMALL_PID:-} ${LARGE_PID:-}; do
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	rm -f ${SMALL_LOG:-} ${LARGE_LOG:-}
}
trap stop_all EXIT

CONTRACTS_SMALL=$(psql -X -A -t -d "$SMALL" -c 'SELECT count(*) FROM transformation_contracts')
CONTRACTS_LARGE=$(psql -X -A -t -d "$LARGE" -c 'SELECT count(*) FROM transformation_contracts')
echo "Starting the portal on $SMALL ($CONTRACTS_SMALL contracts, port $SMALL_PORT) and on $LARGE ($CONTRACTS_LARGE contracts, port $LARGE_PORT)"
portal_start "$SMALL" "$SMALL_PORT"
SMALL_PID=$PORTAL_PID SMALL_LOG=$PORTAL_LOG
portal_login "$SMALL_PORT" "$BENCH_USER" "$BENCH_PASSWORD"
SMALL_COOKIE=$COOKIE
portal_start "$LARGE" "$LARGE_PORT"
LARGE_PID=$PORTAL_PID LARGE_LOG=$PORTAL_LOG
portal_login "$LARGE_PORT" "$BENCH_USER" "$BENCH_PASSWORD"
LARGE_COOKIE=$COOKIE

# Both portals run side by side and each query is measured on one right after the other, so
# that the shared machine's changing load weighs on both scales alike.
echo "Warming up both (${WARMUP} s per query each)"
for entry in "${QUERIES[@]}"; do
	path=${entry#*|}
	wrk -t1 -c1 -d"${WARMUP}s" -H "Cookie: $SMALL_COOKIE" "http://localhost:$SMALL_PORT$path" >/dev/null
	wrk -t1 -c1 -d"${WARMUP}s" -H "Cookie: $LARGE_COOKIE" "http://localhost:$LARGE_PORT$path" >/dev/null
done

measure() { # measure DB PORT COOKIE LABEL PATH
	local line
	line=$(wrk -t1 -c1 -d"${DURATION}s" -H "Cookie: $3" -s bench/lua/percentiles.lua "http://localhost:$2$5" | grep '^RESULT')
	if ! grep -q 'status_errors=0 socket_errors=0' <<<"$line"; then
		echo "   $4 on $1: errors ($line)" >&2
		exit 1
	fi
	P50[$1|$4]+=" $(sed 's/.* p50=\([^ ]*\).*/\1/' <<<"$line")"
	P95[$1|$4]+=" $(sed 's/.* p95=\([^ ]*\).*/\1/' <<<"$line")"
	REQUESTS[$1|$4]=$(( ${REQUESTS[$1|$4]:-0} + $(sed 's/.*requests=\([^ ]*\).*/\1/' <<<"$line") ))
}

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

printf '%-46s %21s %21s\n' "query (median of $ROUNDS rounds, p50 / p95 ms)" "$CONTRACTS_SMALL contracts" \
	"$CONTRACTS_LARGE contracts"
for entry in "${QUERIES[@]}"; do
	label=${entry%%|*} path=${entry#*|}
	for _ in $(seq 1 "$ROUNDS"); do
		measure "$SMALL" "$SMALL_PORT" "$SMALL_COOKIE" "$label" "$path"
		measure "$LARGE" "$LARGE_PORT" "$LARGE_COOKIE" "$label" "$path"
	done
	for db in "$SMALL" "$LARGE"; do
		P50[$db|$label]=$(median "${P50[$db|$label]}")
		P95[$db|$label]=$(median "${P95[$db|$label]}")
	done
	printf '%-46s %10s / %8s %10s / %8s\n' "$label" "${P50[$SMALL|$label]}" "${P95[$SMALL|$label]}" \
		"${P50[$LARGE|$label]}" "${P95[$LARGE|$label]}"
done
stop_all

REPORT="bench/results/dashboard-queries-$(date -u +%Y-%m-%d).md"
{
	echo "# Dashboard queries: latency at $CONTRACTS_SMALL and $CONTRACTS_LARGE contracts"
	echo
	echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/dashboard-queries.sh\` on $(nproc) cores"
	echo "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); PostgreSQL"
	echo "$(psql -X -A -t -d "$SMALL" -c 'SHOW server_version'), Java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2)), a shared, noisy machine."
	echo "Each query: the portal's endpoint that runs it, requested over loopback by one connection (wrk) in"
	echo "$ROUNDS rounds of ${DURATION} s after a warm-up of ${WARMUP} s per query; both portals run side by side and"
	echo "the rounds alternate between them. Figures are the median of the rounds' p50 and p95. Latency"
	echo "includes HTTP, the session lookup (Spring Session JDBC) and writing JSON or HTML."
	echo "Databases: \`$SMALL\` and \`$LARGE\` from \`bench/generate-data.sh\` (same 1,000 areas, 100,000 results,"
	echo "50,000 hotspots, 10,000 announcements; only the number of contracts differs)."
	echo
	echo "Targets: p95 < 50 ms per query; at most 2x slower at $CONTRACTS_LARGE contracts than at $CONTRACTS_SMALL."
	echo
	echo "| query | p50 small (ms) | p95 small (ms) | p50 large (ms) | p95 large (ms) | p95 large / small | targets |"
	echo "|---|---:|---:|---:|---:|---:|---|"
	for entry in "${QUERIES[@]}"; do
		label=${entry%%|*}
		s50=${P50[$SMALL|$label]} s95=${P95[$SMALL|$label]} l50=${P50[$LARGE|$label]} l95=${P95[$LARGE|$label]}
		ratio=$(awk -v a="$l95" -v b="$s95" 'BEGIN { printf "%.2f", a / b }')
		verdict=$(awk -v p="$l95" -v r="$ratio" 'BEGIN { print (p < 50 ? "p95 met" : "p95 MISSED") ", " (r <= 2 ? "ratio met" : "ratio MISSED") }')
		case "$label" in whole*) verdict="(a page of several queries: for comparison)" ;; esac
		echo "| $label | $s50 | $s95 | $l50 | $l95 | $ratio | $verdict |"
	done
	for db in "$SMALL" "$LARGE"; do
		if [ -f "bench/results/generate-$db.md" ]; then
			echo
			sed -n '1,/^| \*\*total/p' "bench/results/generate-$db.md" | sed 's/^# /## /'
		fi
	done
} >"$REPORT"
echo "Report: $REPORT"

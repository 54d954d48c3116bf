#!/usr/bin/env bash
# Start-up time of the portal, three ways, measured alternately in rounds on the same database:
#   jar        java -jar exchange-portal.jar                                 (as built)
#   extracted  the jar extracted by Spring Boot's jarmode tools              (no nested jars)
#   cds        extracted, with a class data sharing archive from a training run
# Each start runs Flyway's validation, Hibernate's schema validation and opens the pool; the
# figure is Spring Boot's own "Started PortalApplication in N seconds". Writes
# bench/results/startup-<date>.md.
#   bench/startup.sh [--db DB] [--rounds N] [--port PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

DB=craftsman_bench
ROUNDS=5
PORT=${BENCH_PORT:-8095}
while [ $# -gt 0 ]; do
	case "$1" in
		--db) DB=$2; shift 2 ;;
		--rounds) ROUNDS=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		-h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
done
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
JAR=$(portal_jar)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "Extracting the jar and training a class data sharing archive (a start, a few pages, a stop)"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP=$(ls "$WORK"/app/*.jar)
ENVS=(SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER"
	SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" PORTAL_DEMO_ENABLED=false SERVER_PORT="$PORT")
wait_started() { # wait_started LOG PID: prints Spring Boot's start-up seconds once it has started
	local seconds=
	for _ in $(seq 1 480); do
		seconds=$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$1" | grep -o '[0-9.]*' || true)
		[ -n "$seconds" ] && break
		kill -0 "$2" 2>/dev/null || break
		sleep 0.25
	done
	[ -n "$seconds" ] || { echo "The portal did not start:" >&2; tail -20 "$1" >&2; return 1; }
	echo "$seconds"
}
# Training: a start, one request to each kind of page, then a normal stop; the JVM writes the
# archive of every class it loaded as it exits.
env "${ENVS[@]}" java -Xmx512m -XX:ArchiveClassesAtExit="$WORK/app.jsa" -jar "$APP" >"$WORK/training.log" 2>&1 &
TRAINING=$!
wait_started "$WORK/training.log" "$TRAINING" >/dev/null
for path in / /results "/results?q=%E7%84%8A%E6%8E%A5" /areas /hall /awards /live /contracts /api/stats; do
	curl -s -o /dev/null "http://localhost:$PORT$path" || true
done
kill "$TRAINING"
wait "$TRAINING" || true
[ -f "$WORK/app.jsa" ] || { echo "No archive was written:" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }

start_once() { # start_once COMMAND...: prints Spring Boot's start-up seconds, then stops the portal
	local log=$WORK/start.log pid seconds
	env "${ENVS[@]}" "$@" >"$log" 2>&1 &
	pid=$!
	seconds=$(wait_started "$log" "$pid") || true
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	[ -n "$seconds" ] || exit 1
	echo "$seconds"
}

declare -A TIMES
for round in $(seq 1 "$ROUNDS"); do
	TIMES[jar]+=" $(start_once java -Xmx512m -jar "$JAR")"
	TIMES[extracted]+=" $(start_once java -Xmx512m -jar "$APP")"
	TIMES[cds]+=" $(start_once java -Xmx512m -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$APP")"
	echo "  round $round: jar${TIMES[jar]##* } s, extracted${TIMES[extracted]##* } s, cds${TIMES[cds]##* } s"
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

REPORT="bench/results/startup-$(date -u +%Y-%m-%d).md"
{
	echo "# Start-up time"
	echo
	echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/startup.sh\` on $(nproc) cores (a shared, noisy machine), Java"
	echo "$(java -version 2>&1 | head -n 1 | cut -d'"' -f2), against \`$DB\` (demo data off). Each way started $ROUNDS times, the ways alternating;"
	echo "the figure is Spring Boot's own \"Started PortalApplication in N seconds\". Target: < 6 s."
	echo
	echo "| way | median (s) | all starts (s) | target |"
	echo "|---|---:|---|---|"
	for way in jar extracted cds; do
		m=$(median "${TIMES[$way]}")
		echo "| $way | $m |${TIMES[$way]} | $(awk -v m="$m" 'BEGIN { print (m < 6 ? "met" : "MISSED") }') |"
	done
	echo
	echo "- **jar**: \`java -jar target/exchange-portal-*.jar\`."
	echo "- **extracted**: \`java -Djarmode=tools -jar exchange-portal.jar extract\`, then \`java -jar exchange-portal/exchange-portal.jar\`."
	echo "- **cds**: extracted, plus a class data sharing archive written by one training start"
	echo "  (\`-XX:ArchiveClassesAtExit=app.jsa\`, one request to each kind of page, a normal stop) and used by"
	echo "  every start"
	echo "  (\`-XX:SharedArchiveFile=app.jsa\`). The README shows how to run the portal this way."
} >"$REPORT"
echo "Report: $REPORT"

#!/usr/bin/env bash
# Fills a separate benchmark database with conference-scale data (and beyond):
#   bench/generate-data.sh                          1,000 areas, 50,000 hotspots, 100,000 results,
#                                                   1,000,000 contracts, 10,000 award announcements
#   bench/generate-data.sh --db craftsman_bench_small --contracts 10000
#   bench/generate-data.sh --scale 0.1              everything a tenth as large
# The database is dropped and created afresh, its schema applied by starting the portal once
# (its Flyway migrations, demo data off), then the rows are generated inside PostgreSQL with
# INSERT ... SELECT generate_series in chunks, through the portal's own triggers and
# constraints. The data are the same on every run (no random seed: a hash of the row number
# decides every choice). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=craftsman_bench
SCALE=1
AREAS= ONLINE_AREAS= HOTSPOTS= RESULTS= CONTRACTS= ANNOUNCEMENTS= ORGANIZATIONS= BROADCASTS=
DAYS=730
CHUNK=100000

usage() {
	sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
	cat <<'EOF'

Options:
  --db NAME              database to (re)create; its name must contain "bench" (default craftsman_bench)
  --scale F              multiply every default count by F (default 1)
  --areas N              exhibition areas (default 1000, of which 8% online)
  --hotspots N           online-hall hotspots (default 50000)
  --results N            innovation results (default 100000, at least 100)
  --contracts N          transformation contracts (default 1000000)
  --awards N             award announcements, over 20 awards (default 10000)
  --organizations N      organizations (default 5000)
  --broadcasts N         live broadcasts (default 1000)
  --days N               days over which contracts are signed after the opening (default 730)
Connection: PGHOST (localhost), PGPORT (5432), PGUSER (postgres), PGPASSWORD (postgres).
EOF
}

while [ $# -gt 0 ]; do
	case "$1" in
		--db) DB=$2; shift 2 ;;
		--scale) SCALE=$2; shift 2 ;;
		--areas) AREAS=$2; shift 2 ;;
		--hotspots) HOTSPOTS=$2; shift 2 ;;
		--results) RESULTS=$2; shift 2 ;;
		--contracts) CONTRACTS=$2; shift 2 ;;
		--awards) ANNOUNCEMENTS=$2; shift 2 ;;
		--organizations) ORGANIZATIONS=$2; shift 2 ;;
		--broadcasts) BROADCASTS=$2; shift 2 ;;
		--days) DAYS=$2; shift 2 ;;
		-h|--help) usage; exit 0 ;;
		*) echo "Unknown option $1" >&2; usage >&2; exit 2 ;;
	esac
done

scaled() { awk -v n="$1" -v s="$SCALE" -v min="$2" 'BEGIN { v = int(n * s + 0.5); print (v < min ? min : v) }'; }
AREAS=${AREAS:-$(scaled 1000 10)}
ONLINE_AREAS=$(( AREAS * 8 / 100 > 0 ? AREAS * 8 / 100 : 1 ))
HOTSPOTS=${HOTSPOTS:-$(scaled 50000 1)}
RESULTS=${RESULTS:-$(scaled 100000 100)}
CONTRACTS=${CONTRACTS:-$(scaled 1000000 1)}
ANNOUNCEMENTS=${ANNOUNCEMENTS:-$(scaled 10000 20)}
ORGANIZATIONS=${ORGANIZATIONS:-$(scaled 5000 10)}
BROADCASTS=${BROADCASTS:-$(scaled 1000 3)}
OFFLINE_AREAS=$(( AREAS - ONLINE_AREAS ))

case "$DB" in
	*bench*) ;;
	*) echo "Refusing to fill '$DB': the benchmark database's name must contain 'bench'." >&2; exit 2 ;;
esac
if [ "$RESULTS" -lt 100 ] || [ "$AREAS" -lt 10 ]; then
	echo "Need at least 100 results and 10 areas." >&2; exit 2
fi

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -d "$DB")
STARTED=$(date +%s.%N)
LOG_DIR=bench/results
mkdir -p "$LOG_DIR"
SUMMARY="$LOG_DIR/generate-$DB.md"

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# progress LABEL DONE TOTAL STEP_START
progress() {
	local width=30 done=$2 total=$3
	local filled=$(( total > 0 ? done * width / total : width ))
	local bar
	bar=$(printf '%*s' "$filled" '' | tr ' ' '#')$(printf '%*s' $(( width - filled )) '' | tr ' ' '.')
	local secs rate
	secs=$(elapsed "$4")
	rate=$(awk -v d="$done" -v s="$secs" 'BEGIN { printf "%d", (s > 0 ? d / s : 0) }')
	printf '\r  %-24s [%s] %9d / %-9d %6ss  %7d rows/s' "$1" "$bar" "$done" "$total" "$secs" "$rate"
}

STEPS=()
# chunked LABEL SQL_FILE TOTAL [extra psql -v arguments...]
chunked() {
	local label=$1 file=$2 total=$3; shift 3
	local step_start first last
	step_start=$(date +%s.%N)
	first=1
	progress "$label" 0 "$total" "$step_start"
	while [ "$first" -le "$total" ]; do
		last=$(( first + CHUNK - 1 > total ? total : first + CHUNK - 1 ))
		"${PSQL[@]}" -v first="$first" -v last="$last" "$@" \
			-c 'SET synchronous_commit = off' -f "bench/sql/$file"
		progress "$label" "$last" "$total" "$step_start"
		first=$(( last + 1 ))
	done
	echo
	STEPS+=("| $label | $total | $(elapsed "$step_start") |")
}

echo "Benchmark data for database '$DB' on $PGHOST:$PGPORT"
echo "  $AREAS areas ($ONLINE_AREAS online), $ORGANIZATIONS organizations, $RESULTS results, $HOTSPOTS hotspots,"
echo "  $CONTRACTS contracts over $DAYS days, $ANNOUNCEMENTS award announcements, $BROADCASTS broadcasts"

echo "1/4 Creating the database and applying the portal's schema"
step_start=$(date +%s.%N)
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB\"" -c "CREATE DATABASE \"$DB\""
bench/apply-schema.sh "$DB"
STEPS+=("| schema (Flyway, by starting the portal) | | $(elapsed "$step_start") |")

echo "2/4 Generating rows"
step_start=$(date +%s.%N)
"${PSQL[@]}" -f bench/sql/00-helpers.sql >/dev/null
"${PSQL[@]}" -v organizations="$ORGANIZATIONS" -v areas="$AREAS" -v online_areas="$ONLINE_AREAS" \
	-f bench/sql/10-catalogue.sql
STEPS+=("| conference, $ORGANIZATIONS organizations, $AREAS areas, 20 awards | | $(elapsed "$step_start") |")
echo "  catalogue: organizations, areas, awards ($(elapsed "$step_start")s)"

CHUNK=10000 chunked "innovation results" 20-results.sql "$RESULTS" \
	-v organizations="$ORGANIZATIONS" -v offline_areas="$OFFLINE_AREAS"
CHUNK=25000 chunked "online-hall hotspots" 30-hotspots.sql "$HOTSPOTS" \
	-v offline_areas="$OFFLINE_AREAS" -v online_areas="$ONLINE_AREAS" -v results="$RESULTS"
chunked "contracts" 40-contracts.sql "$CONTRACTS" \
	-v results="$RESULTS" -v organizations="$ORGANIZATIONS" -v days="$DAYS"
step_start=$(date +%s.%N)
"${PSQL[@]}" -v announcements="$ANNOUNCEMENTS" -v broadcasts="$BROADCASTS" -v organizations="$ORGANIZATIONS" \
	-v results="$RESULTS" -v offline_areas="$OFFLINE_AREAS" -v online_areas="$ONLINE_AREAS" -v days="$DAYS" \
	-f bench/sql/50-awards-broadcasts.sql
STEPS+=("| $ANNOUNCEMENTS award announcements, $BROADCASTS broadcasts | | $(elapsed "$step_start") |")
echo "  award announcements and broadcasts ($(elapsed "$step_start")s)"

echo "3/4 Vacuuming and analysing"
step_start=$(date +%s.%N)
"${PSQL[@]}" -c 'DROP SCHEMA bench CASCADE' -c 'VACUUM (ANALYZE)'
STEPS+=("| vacuum and analyse | | $(elapsed "$step_start") |")

echo "4/4 Checking the dashboard's summaries against the rows"
bench/check-summaries.sh "$DB"

TOTAL=$(elapsed "$STARTED")
{
	echo "# Benchmark data: $DB"
	echo
	echo "Generated $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores by \`bench/generate-data.sh\`"
	echo "($AREAS areas, $RESULTS results, $HOTSPOTS hotspots, $CONTRACTS contracts, $ANNOUNCEMENTS announcements)."
	echo
	echo "| step | rows | seconds |"
	echo "|---|---:|---:|"
	printf '%s\n' "${STEPS[@]}"
	echo "| **total** | | **$TOTAL** |"
	echo
	echo '```'
	"${PSQL[@]}" -c "SELECT relname AS table, n_live_tup AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS size
		FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 12"
	echo '```'
} > "$SUMMARY"
echo "Done in ${TOTAL}s; summary in $SUMMARY"

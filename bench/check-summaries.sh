#!/usr/bin/env bash
# Compares the dashboard's trigger-maintained summaries of a database with the same figures
# recomputed from its rows; exits non-zero on any difference.
#   bench/check-summaries.sh [DATABASE]     (default craftsman_bench)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-craftsman_bench}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
differences=$(psql -X -q -A -t -F ' | ' -v ON_ERROR_STOP=1 -d "$DB" -f src/test/resources/dashboard/summary-differences.sql)
if [ -n "$differences" ]; then
	echo "The dashboard's summaries of $DB differ from its rows (summary | item | expected | actual):" >&2
	echo "$differences" | head -20 >&2
	exit 1
fi
echo "  the dashboard's summaries of $DB match its rows exactly"

#!/usr/bin/env bash
# Applies the portal's schema (its Flyway migrations) to an existing benchmark database by
# starting the portal once against it, with the demo data off, and stopping it when it has
# started. Builds the portal first when its jar is missing or older than the sources.
#   bench/apply-schema.sh DATABASE
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh
trap portal_stop EXIT
portal_start "$1" 0
echo "  schema at version $(psql -X -A -t -d "$1" -c 'SELECT max(version::int) FROM flyway_schema_history')"

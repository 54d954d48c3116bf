#!/usr/bin/env bash
# Measures what like counters cost in PostgreSQL at the conference's peak, with pgbench, on a
# scratch database of its own (created, filled and dropped here):
#   1. the portal's like as the code runs it (result_likes row + increment of the result row,
#      with the dashboard trigger), likes spread over all results and all on one hot result;
#   2. plain single-row increments (of the result row, and of a narrow row: the floor);
#   3. sharded counter rows (16 and 64 per result, chosen by a hash of the browser id) on one
#      hot result, and the portal's sharded like (16 shards, since V90): write rate, alone and with a fold into like_count every second, and the
#      read cost of summing the shards for one result and for a page of 20.
# Writes bench/results/counters-<date>.md. Every pgbench run holds flock /tmp/bench.lock.
#   bench/counters.sh                   all cases, 15 s per run
#   bench/counters.sh --duration 5      a quick look
set -euo pipefail
cd "$(dirname "$0")/.."

DB=craftsman_bench_counters
DURATION=15
CLIENTS="1 8 32 64"
READ_CLIENTS="1 8"
RESULTS=680
PRELOAD=1000000
KEEP=false
OUT=

usage() {
	sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
	cat <<'EOF'

Options:
  --db NAME             scratch database, dropped and created; must contain "bench"
                        (default craftsman_bench_counters; dropped again at the end)
  --duration S          seconds per pgbench run (default 15)
  --clients "N ..."     client counts of the write cases (default "1 8 32 64")
  --read-clients "N ..." client counts of the read cases (default "1 8")
  --results N           innovation results (default 680, as at the first conference)
  --preload-likes N     likes in result_likes before measuring (default 1000000)
  --keep                keep the database afterwards
  --output FILE         report (default bench/results/counters-<date>.md)
Connection: PGHOST (localhost), PGPORT (5432), PGUSER (postgres), PGPASSWORD (postgres).
Needs pgbench and psql (PostgreSQL 15 client).
EOF
}

while [ $# -gt 0 ]; do
	case "$1" in
		--db) DB=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--clients) CLIENTS=$2; shift 2 ;;
		--read-clients) READ_CLIENTS=$2; shift 2 ;;
		--results) RESULTS=$2; shift 2 ;;
		--preload-likes) PRELOAD=$2; shift 2 ;;
		--keep) KEEP=true; shift ;;
		--output) OUT=$2; shift 2 ;;
		-h|--help) usage; exit 0 ;;
		*) echo "Unknown option $1" >&2; usage >&2; exit 2 ;;
	esac
done
case "$DB" in *bench*) ;; *) echo "The database name must contain \"bench\": $DB" >&2; exit 2 ;; esac
[ "$RESULTS" -ge 20 ] || { echo "--results must be at least 20" >&2; exit 2; }

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
OUT=${OUT:-bench/results/counters-$(date -u +%F).md}
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -d "$DB")
SCRIPTS=bench/load/counters
WORK=$(mktemp -d)
ROWS="$WORK/rows"   # one line per run: case|clients|tps|avg|p50|p95|p99|failed|transactions
: >"$ROWS"

cleanup() {
	rm -rf "$WORK"
	if [ "$KEEP" = false ]; then
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB\"" >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT

log() { echo "[$(date -u +%T)] $*" >&2; }

# ---------------------------------------------------------------- the scratch database
log "creating $DB with the portal's schema (its Flyway migrations, in order, the repeatable ones last)"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$DB\"" -c "CREATE DATABASE \"$DB\""
for migration in $(ls src/main/resources/db/migration/V*__*.sql | sort -t V -k 2 -n) src/main/resources/db/migration/R__*.sql; do
	"${PSQL[@]}" -1 -f "$migration" >/dev/null
done
log "filling: $RESULTS results, $PRELOAD likes already given"
"${PSQL[@]}" -f bench/sql/00-helpers.sql >/dev/null
"${PSQL[@]}" -v organizations=200 -v areas=77 -v online_areas=1 -f bench/sql/10-catalogue.sql
"${PSQL[@]}" -v first=1 -v last="$RESULTS" -v organizations=200 -v offline_areas=76 -f bench/sql/20-results.sql
"${PSQL[@]}" -c "UPDATE innovation_results SET published = true WHERE NOT published"
"${PSQL[@]}" -v results="$RESULTS" -v shards=64 -f bench/sql/counters-setup.sql
"${PSQL[@]}" -v likes="$PRELOAD" -v results="$RESULTS" -f bench/sql/counters-preload-likes.sql
"${PSQL[@]}" -c "VACUUM (ANALYZE)"

sql() { psql -X -A -t -d "$DB" -c "$1"; }

# run_pgbench CASE CLIENTS SCRIPT [pgbench options...]: one measured run under the lock;
# appends a line to $ROWS. Percentiles come from pgbench's per-transaction log.
run_pgbench() {
	local name=$1 clients=$2 script=$3
	shift 3
	local jobs=$((clients < 2 ? clients : 2)) prefix="$WORK/tx-$RANDOM"
	sql "VACUUM (ANALYZE) innovation_results, result_like_shards, counter_baseline, dashboard_counters" >/dev/null
	flock /tmp/bench.lock pgbench -n -M prepared -c "$clients" -j "$jobs" -T "$DURATION" \
		-D results="$RESULTS" "$@" -f "$script" --log --log-prefix="$prefix" "$DB" >"$WORK/out" 2>&1 || {
		cat "$WORK/out" >&2
		exit 1
	}
	record "$name" "$clients" "$WORK/out" "$prefix"
}

# record CASE CLIENTS PGBENCH_OUTPUT LOG_PREFIX
record() {
	local tps avg failed count pct
	tps=$(sed -n 's/^tps = \([0-9.]*\) (without.*/\1/p' "$3")
	avg=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$3")
	failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$3")
	count=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$3")
	# Latency in ms without schedule lag (column 7 when a rate is set); p50 p95 p99.
	pct=$(cat "$4".* | awk '{ print ($3 - (NF >= 7 ? $7 : 0)) / 1000 }' | sort -n | awk '
		{ v[NR] = $1 }
		function at(q,  i) { i = int(NR * q + 0.5); if (i < 1) i = 1; return v[i] }
		END { if (NR == 0) { print "- - -"; exit }
		      printf "%.2f %.2f %.2f\n", at(0.50), at(0.95), at(0.99) }')
	rm -f "$4".*
	echo "$1|$2|$tps|$avg|${pct// /|}|${failed:-0}|$count" >>"$ROWS"
	log "$(printf '%-28s c=%-3s tps %10s  avg %8s ms  p50/p95/p99 %s ms' "$1" "$2" "$tps" "$avg" "$pct")"
}

hot_stats() { sql "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'innovation_results'" | tr '|' ' '; }
rel_sizes() { sql "SELECT pg_total_relation_size('innovation_results'), pg_indexes_size('innovation_results')"; }

START=$(date -u '+%Y-%m-%d %H:%M UTC')

# ---------------------------------------------------------------- 1. the portal's like
log "1. the portal's like"
read -r upd0 hot0 < <(hot_stats)
size0=$(rel_sizes)
for c in $CLIENTS; do run_pgbench "like-spread" "$c" "$SCRIPTS/like-portal.sql" -D lo=1 -D hi="$RESULTS"; done
for c in $CLIENTS; do run_pgbench "like-hot" "$c" "$SCRIPTS/like-portal.sql" -D lo=1 -D hi=1; done
read -r upd1 hot1 < <(hot_stats)
size1=$(rel_sizes)
INDEXES=$(sql "SELECT count(*) FROM pg_indexes WHERE tablename = 'innovation_results'")

# ---------------------------------------------------------------- 2. plain increments
log "2. plain single-row increments"
for c in $CLIENTS; do run_pgbench "increment-result-spread" "$c" "$SCRIPTS/increment-result.sql" -D lo=1 -D hi="$RESULTS"; done
for c in $CLIENTS; do run_pgbench "increment-result-hot" "$c" "$SCRIPTS/increment-result.sql" -D lo=1 -D hi=1; done
for c in $CLIENTS; do run_pgbench "increment-narrow-hot" "$c" "$SCRIPTS/increment-narrow.sql" -D lo=1 -D hi=1; done

# ---------------------------------------------------------------- 3. sharded counters
EXPLAINS="$WORK/explains"
: >"$EXPLAINS"
explain() {
	{
		echo "#### $1"
		echo
		echo '```'
		sql "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2"
		echo '```'
		echo
	} >>"$EXPLAINS"
}
explain "today: one result's count" "SELECT like_count FROM innovation_results WHERE id = 1"
explain "today: a page of 20 results' counts" \
	"SELECT id, like_count FROM innovation_results WHERE id BETWEEN 101 AND 120 ORDER BY id"

for n in 16 64; do
	log "3. $n shards per result"
	"${PSQL[@]}" -v shards="$n" -f bench/sql/counters-fill-shards.sql >/dev/null
	for c in $READ_CLIENTS; do run_pgbench "read-one-current@$n" "$c" "$SCRIPTS/read-one-current.sql"; done
	for c in $READ_CLIENTS; do run_pgbench "read-one-shards$n" "$c" "$SCRIPTS/read-one-sharded.sql"; done
	for c in $READ_CLIENTS; do run_pgbench "read-page-current@$n" "$c" "$SCRIPTS/read-page-current.sql"; done
	for c in $READ_CLIENTS; do run_pgbench "read-page-shards$n" "$c" "$SCRIPTS/read-page-sharded.sql"; done
	explain "$n shards: one result's count" \
		"SELECT r.like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0) FROM innovation_results r WHERE r.id = 1"
	explain "$n shards: a page of 20 results' counts" \
		"SELECT r.id, r.like_count + coalesce(s.likes, 0) FROM innovation_results r LEFT JOIN (SELECT result_id, sum(likes) AS likes FROM result_like_shards WHERE result_id BETWEEN 101 AND 120 GROUP BY result_id) s ON s.result_id = r.id WHERE r.id BETWEEN 101 AND 120 ORDER BY r.id"
	# The fold's worst case: every shard of every result holds likes.
	explain "$n shards: a fold when all $((RESULTS * n)) shard rows hold likes" "$(grep -v '^--' "$SCRIPTS/fold-shards.sql")"
	# The writes start from empty shards (the fold above emptied them).
	for c in $CLIENTS; do run_pgbench "like-shards$n-hot" "$c" "$SCRIPTS/like-sharded.sql" -D lo=1 -D hi=1 -D shards="$n"; done
	if [ "$n" = 16 ]; then
		# The portal's own statement since V90 (ResultCounters.LIKE: one statement, 16 shards).
		for c in $CLIENTS; do run_pgbench "like-portal16-hot" "$c" "$SCRIPTS/like-portal-sharded.sql" -D lo=1 -D hi=1; done
	fi
done

log "3. 64 shards on a hot result with a fold about once a second"
for c in $CLIENTS; do
	prefix="$WORK/fold-$c"
	jobs=$((c < 2 ? c : 2))
	sql "VACUUM (ANALYZE) innovation_results, result_like_shards, dashboard_counters" >/dev/null
	# The likes in the background; the fold, timed by psql, once a second while they run.
	flock /tmp/bench.lock bash -c '
		pgbench -n -M prepared -c "$1" -j "$2" -T "$3" -D results="$4" -D lo=1 -D hi=1 -D shards=64 \
			-f "$5/like-sharded.sql" --log --log-prefix="$6-likes" "$7" >"$6-likes.out" 2>&1 &
		likes=$!
		sleep 1
		while kill -0 "$likes" 2>/dev/null; do
			psql -X -q -d "$7" -c "\\timing on" -f "$5/fold-shards.sql" | sed -n "s/^Time: \([0-9.]*\) ms.*/\1/p" >>"$6-fold.ms"
			sleep 1
		done
		wait "$likes"' _ "$c" "$jobs" "$DURATION" "$RESULTS" "$SCRIPTS" "$prefix" "$DB" || {
		cat "$prefix"-*.out >&2
		exit 1
	}
	record "like-shards64-hot+fold" "$c" "$prefix-likes.out" "$prefix-likes"
	folds=$(wc -l <"$prefix-fold.ms")
	pct=$(sort -n "$prefix-fold.ms" | awk '{ v[NR] = $1; s += $1 }
		function at(q,  i) { i = int(NR * q + 0.5); if (i < 1) i = 1; return v[i] }
		END { printf "%.3f|%.2f|%.2f|%.2f", s / NR, at(0.50), at(0.95), at(0.99) }')
	echo "fold-every-second|$c|-|$pct|0|$folds" >>"$ROWS"
	log "fold-every-second            c=$c   $folds folds, avg|p50|p95|p99 $pct ms"
done

# Every like was counted once: result_likes rows = likes in counters (the dashboard's counter
# against the results' counters plus the shards), as a check of the measured statements.
CHECK=$(sql "SELECT ((SELECT sum(value) FROM dashboard_counters WHERE counter = 'likes')
	- (SELECT sum(like_count) FROM innovation_results) - (SELECT coalesce(sum(likes), 0) FROM result_like_shards))::bigint")
SHARD_LEFT=$(sql "SELECT coalesce(sum(likes), 0) FROM result_like_shards")
END=$(date -u '+%Y-%m-%d %H:%M UTC')

# ---------------------------------------------------------------- report
value() { awk -F'|' -v n="$1" -v c="$2" -v f="$3" '$1 == n && $2 == c { print $f }' "$ROWS"; }
ratio() {
	local a b
	a=$(value "$1" "$3" 3)
	b=$(value "$2" "$3" 3)
	awk -v a="$a" -v b="$b" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'
}
best() { awk -F'|' -v n="$1" '$1 == n && $3 + 0 > m { m = $3 + 0; c = $2 } END { printf "%.0f tps at %s clients", m, c }' "$ROWS"; }
best_tps() { awk -F'|' -v n="$1" '$1 == n && $3 + 0 > m { m = $3 + 0 } END { printf "%.0f", m }' "$ROWS"; }
table() {
	echo "| case | clients | tps | avg latency (ms) | p50 (ms) | p95 (ms) | p99 (ms) | failed |"
	echo "|---|---:|---:|---:|---:|---:|---:|---:|"
	for name in "$@"; do
		awk -F'|' -v n="$name" '$1 == n { printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, ($3 == "-" ? "-" : sprintf("%.0f", $3)), $4, $5, $6, $7, (n ~ /^fold/ ? $9 " folds" : $8) }' "$ROWS"
	done
}

AVG=$(awk 'BEGIN { printf "%.1f", 30810000 / (3 * 86400) }')
PEAK=$(awk 'BEGIN { printf "%.0f", 10 * 30810000 / (3 * 86400) }')
AVG8=$(awk 'BEGIN { printf "%.1f", 30810000 / (3 * 8 * 3600) }')
PEAK8=$(awk 'BEGIN { printf "%.0f", 10 * 30810000 / (3 * 8 * 3600) }')
read -r _ size_idx0 <<<"${size0//|/ }"
read -r _ size_idx1 <<<"${size1//|/ }"
LIKE_RUNS=$(awk -F'|' '$1 ~ /^like-(spread|hot)$/ { s += $9 } END { print s }' "$ROWS")

mkdir -p "$(dirname "$OUT")"
{
	cat <<EOF
# Like counters: hot row against sharded rows

Measured from $START to $END by \`bench/counters.sh\` on $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1 | cut -d' ' -f1-2)),
$(sql "SELECT split_part(version(), ' on ', 1)"), a shared machine (every pgbench run held \`/tmp/bench.lock\`).
Server settings: synchronous_commit=$(sql "SHOW synchronous_commit"), fsync=$(sql "SHOW fsync"),
shared_buffers=$(sql "SHOW shared_buffers"), max_connections=$(sql "SHOW max_connections").
Portal commit $(git rev-parse --short HEAD). Each run: \`pgbench -n -M prepared -c N -j min(N,2) -T $DURATION\`; a
"transaction" is one execution of the script (one like). Latency percentiles come from pgbench's
per-transaction log. pgbench runs on the same 2 cores as the server, so figures at 32 and 64
clients include the client's own CPU.

Scratch database \`$DB\`: the portal's schema (every Flyway migration, triggers included), $RESULTS
results (as at the first conference), $PRELOAD likes already in \`result_likes\`, and the benchmark's
tables from \`bench/sql/counters-setup.sql\`. Scripts: \`bench/load/counters/*.sql\`.

## The seed's peak

The first conference had 30,810,000 likes in 3 days.

- Average over the whole 3 days: 30,810,000 / (3 × 86,400 s) = **$AVG likes/s**; a peak of 10× the
  average: **$PEAK likes/s**.
- If the likes came only during 8 open hours a day: 30,810,000 / (3 × 8 × 3,600 s) = $AVG8 likes/s;
  10× that: **$PEAK8 likes/s**.

The worst case for a hot row is every like of the peak on one result (a result shown on the big screen).

## 1. The portal's like today

\`bench/load/counters/like-portal.sql\`: the statement of \`ResultCounters.LIKE\` (insert into
\`result_likes\` ON CONFLICT DO NOTHING, then \`like_count = like_count + 1\` on the result row), with
the results' statement trigger \`dashboard_results_changed\` (V30), which bumps the dashboard's
\`likes\` counter in this connection's shard of \`dashboard_counters\`. Spread: a random one of the
$RESULTS results per like. Hot: every like on result 1.

$(table like-spread like-hot)

Hot / spread: $(for c in $CLIENTS; do printf '%s clients %s; ' "$c" "$(ratio like-hot like-spread "$c")"; done)

What the result row costs: \`like_count\` is indexed (\`innovation_results_likes_idx\`, for "most
liked"), so no like is a HOT update: during these runs innovation_results had $((upd1 - upd0)) updates, of
which $((hot1 - hot0)) HOT. Every like writes a new version of the whole result row (title, summary and
search vector included) and new entries in all $INDEXES indexes of the table, the GIN full-text index
among them: the table's indexes grew from $((size_idx0 / 1024)) kB to $((size_idx1 / 1024)) kB over $LIKE_RUNS likes
(before vacuum reclaims anything).

## 2. Plain single-row increments (the baseline)

\`increment-result.sql\` (the same increment of the result row, with its trigger, without the
\`result_likes\` row; as \`bench/load/pgbench-like.sql\`) and \`increment-narrow.sql\` (a narrow
two-column row with only its primary key and no trigger: the floor of a hot-row increment).

$(table increment-result-spread increment-result-hot increment-narrow-hot)

Portal like / plain increment of the same hot result row: $(for c in $CLIENTS; do printf '%s clients %s; ' "$c" "$(ratio like-hot increment-result-hot "$c")"; done)

Portal like on the hot result / narrow hot row: $(for c in $CLIENTS; do printf '%s clients %s; ' "$c" "$(ratio like-hot increment-narrow-hot "$c")"; done)

## 3. Sharded counter rows on one hot result

\`like-sharded.sql\`: the same \`result_likes\` row, then an increment of one of the result's shard
rows in \`result_like_shards\` (16 or 64 per result, the shard chosen by a hash of the browser id),
whose statement trigger bumps the dashboard's counter as today; then the count shown to the
browser (like_count plus the result's shards). Each like is two statements, as the portal would
run them.

### Writes

$(table like-portal16-hot like-shards16-hot like-shards64-hot)

\`like-portal16-hot\` is the portal's statement since V90 (\`like-portal-sharded.sql\`, the statement of
\`ResultCounters.LIKE\`: the like, its shard and the count in one statement); the \`like-shards\` cases
are the prototype that preceded it (two statements).

Sharded / hot row (tps, same clients):
- 16 shards: $(for c in $CLIENTS; do printf '%s clients %s; ' "$c" "$(ratio like-shards16-hot like-hot "$c")"; done)
- 64 shards: $(for c in $CLIENTS; do printf '%s clients %s; ' "$c" "$(ratio like-shards64-hot like-hot "$c")"; done)

### Writes with a fold every second

\`fold-shards.sql\`, run by psql about once a second (one fold, then a pause of 1 s) beside the likes:
it moves what the shards hold into \`like_count\` in one statement (the shard trigger takes the
moved likes off the dashboard's counter, the results' trigger adds them back, so the total never
jumps). The fold's row gives its duration as psql's \\timing measured it (the tps column is empty,
the last column is the number of folds).

$(table like-shards64-hot+fold fold-every-second)

With fold / without (64 shards): $(for c in $CLIENTS; do printf '%s clients %s; ' "$c" "$(ratio like-shards64-hot+fold like-shards64-hot "$c")"; done)

### Reads

Shards filled for every result with likes not yet folded (the reads' worst case). One result:
\`read-one-*.sql\`; a page of 20 results: \`read-page-*.sql\` (ids in a random window of 20).
"current@N" is today's read of the \`like_count\` column, measured again in the N-shard setting.

$(table read-one-current@16 read-one-shards16 read-one-current@64 read-one-shards64 read-page-current@16 read-page-shards16 read-page-current@64 read-page-shards64)

Sharded / current (tps, same clients; each against the current read measured in the same setting):
$(for c in $READ_CLIENTS; do
	printf -- '- %s clients: one result, 16 shards %s, 64 shards %s; page of 20, 16 shards %s, 64 shards %s\n' "$c" \
		"$(ratio read-one-shards16 read-one-current@16 "$c")" "$(ratio read-one-shards64 read-one-current@64 "$c")" \
		"$(ratio read-page-shards16 read-page-current@16 "$c")" "$(ratio read-page-shards64 read-page-current@64 "$c")"
done)

### Plans (EXPLAIN ANALYZE, one execution each)

EOF
	cat "$EXPLAINS"
	cat <<EOF
## Summary

| | best tps | seed peak $PEAK likes/s | 8-hour-day peak $PEAK8 likes/s |
|---|---:|---:|---:|
EOF
	for name in like-spread like-hot increment-result-hot increment-narrow-hot like-portal16-hot like-shards16-hot like-shards64-hot like-shards64-hot+fold; do
		b=$(best_tps "$name")
		printf '| %s (%s) | %s | %s× | %s× |\n' "$name" "$(best "$name" | sed 's/^[0-9]* tps at //')" "$b" \
			"$(awk -v b="$b" -v p="$PEAK" 'BEGIN { printf "%.1f", b / p }')" \
			"$(awk -v b="$b" -v p="$PEAK8" 'BEGIN { printf "%.1f", b / p }')"
	done
	cat <<EOF

(× = best measured tps / peak rate: the headroom of one database on this machine for that case.)

Check after all runs: dashboard 'likes' counter − sum of like_count − sum of shards = $CHECK (0 means
every like was counted exactly once across the triggers, the shards and the folds); likes still in
shards at the end: $SHARD_LEFT.
EOF
} >"$OUT"
log "report: $OUT"
[ "$CHECK" = 0 ] || { echo "Counters do not add up: $CHECK" >&2; exit 1; }

#!/usr/bin/env bash
# Several portal nodes behind nginx, with a streaming replica, on this machine (loopback):
# the primary is the PostgreSQL on 5432 (a benchmark database of its own), the replica a
# second cluster on 5433 copied from it with pg_basebackup, 1 to 3 portal nodes from the jar
# on 18301-18303 (-Xmx384m, the replica configured for their public lists) and nginx on
# 18380 with deploy/nginx/portal.conf adapted to loopback. Measures, through nginx:
#   1. throughput of the attendees' mix (wrk, bench/load/cluster.lua) with 1, 2 and 3 nodes,
#      with the replica serving the public lists and with it stopped (reads on the primary);
#      every like wrk saw acknowledged must be in the database;
#   2. mixed load (bench/load/portal_load.py: pages, searches, likes, organizers creating and
#      editing contracts) while a node is killed (kill -9) and restarted, the replica is
#      stopped and started, and all nodes are restarted one after the other (each taken out
#      of nginx first); every acknowledged like and contract must be in the database, a
#      login made at the start must still be valid on every node at the end, and the failed
#      requests of each phase are counted.
# Writes bench/results/cluster-<date>.md; exits 1 when an acknowledged write is missing or a
# login is lost.
#   bench/cluster.sh [--phase-seconds S] [--db DB] [--keep-replica]
# Needs root (the replica runs as postgres; a line allowing local replication connections is
# added to the primary's pg_hba.conf if missing). Holds /tmp/bench.lock while it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

DB=cpt_clus_bench
PHASE=10
KEEP_REPLICA=false
PRIMARY_PORT=5432
REPLICA_PORT=5433
NODE_PORTS=(18301 18302 18303)
NGINX_PORT=18380
HEAP=384m
CONNECTIONS=32
while [ $# -gt 0 ]; do
	case "$1" in
		--phase-seconds) PHASE=$2; shift 2 ;;
		--db) DB=$2; shift 2 ;;
		--keep-replica) KEEP_REPLICA=true; shift ;;
		-h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
done
for tool in wrk nginx psql pg_basebackup runuser curl python3 flock; do
	command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install wrk nginx-light postgresql-client)" >&2; exit 2; }
done
PGBIN=/usr/lib/postgresql/15/bin
BASE=/tmp/cluster-bench
REPLICA_DIR=$BASE/replica
rm -rf /tmp/cluster-bench-run.* # the logs of the run before
WORK=$(mktemp -d /tmp/cluster-bench-run.XXXXXX)
chmod 755 "$WORK"
mkdir -p "$BASE" "$WORK/media" "$WORK/nginx-tmp"
chmod 777 "$WORK/nginx-tmp"
chown postgres:postgres "$BASE"
export PGHOST=127.0.0.1 PGPORT=$PRIMARY_PORT PGUSER=postgres
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
replica_sql() { psql -X -q -A -t -h 127.0.0.1 -p "$REPLICA_PORT" -d "$DB" "$@"; }
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
mark() { printf '%s\t%s\n' "$1" "$(date +%s.%N)" >>"$WORK/marks"; }
declare -A NODE_PID

cleanup() {
	set +e
	[ -n "${LOAD_PID:-}" ] && kill "$LOAD_PID" 2>/dev/null
	[ -n "${SAMPLER_PID:-}" ] && kill "$SAMPLER_PID" 2>/dev/null
	for i in "${!NODE_PID[@]}"; do kill "${NODE_PID[$i]}" 2>/dev/null; done
	[ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null
	wait 2>/dev/null
	replica_ctl stop -m fast >/dev/null 2>&1
	[ "$KEEP_REPLICA" = true ] || rm -rf "$REPLICA_DIR"
	echo "Logs of this run: $WORK"
}
trap cleanup EXIT
replica_ctl() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$REPLICA_DIR" "$@"; }

# --- the primary allows replication from loopback ------------------------------------------
HBA=$(psql -X -A -t -d postgres -c "SHOW hba_file")
if ! grep -Eq '^\s*host\s+replication\s+all\s+127\.0\.0\.1/32' "$HBA"; then
	log "Allowing replication connections from 127.0.0.1 in $HBA"
	echo "host replication all 127.0.0.1/32 trust" >>"$HBA"
	psql -X -q -d postgres -c "SELECT pg_reload_conf()" >/dev/null
fi
if [ "$(psql -X -A -t -d postgres -c "SELECT count(*) FROM pg_database WHERE datname = '$DB'")" = 0 ]; then
	psql -X -q -d postgres -c "CREATE DATABASE $DB"
fi

exec 9>/tmp/bench.lock
log "Waiting for /tmp/bench.lock"
flock 9
START=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the streaming replica -------------------------------------------------------------------
replica_ctl stop -m fast >/dev/null 2>&1 || true
rm -rf "$REPLICA_DIR"
log "Copying the primary into a streaming replica (pg_basebackup, $(psql -X -A -t -d postgres -c "SELECT pg_size_pretty(sum(pg_database_size(datname))) FROM pg_database"))"
BASEBACKUP_START=$(date +%s)
runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$REPLICA_DIR" -X stream -R \
	--checkpoint=fast
BASEBACKUP_SECONDS=$(( $(date +%s) - BASEBACKUP_START ))
cat >"$REPLICA_DIR/postgresql.conf" <<-CONF
	port = $REPLICA_PORT
	listen_addresses = '127.0.0.1'
	unix_socket_directories = '$BASE'
	hot_standby = on
	max_connections = 100
	shared_buffers = 64MB
	max_standby_streaming_delay = 5s
CONF
printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$REPLICA_DIR/pg_hba.conf"
chown postgres:postgres "$REPLICA_DIR/postgresql.conf" "$REPLICA_DIR/pg_hba.conf"
replica_ctl -l "$BASE/replica.log" -w start >/dev/null
log "Replica on $REPLICA_PORT: in recovery $(replica_sql -c 'SELECT pg_is_in_recovery()')"

# --- portal nodes and nginx ------------------------------------------------------------------
JAR=$(portal_jar)
node_start() { # node_start I: node I (0-based) on its port, with the replica for its lists
	local i=$1
	SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/$DB" \
	SPRING_DATASOURCE_REPLICA_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/$DB" \
	SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=postgres \
	PORTAL_DEMO_ENABLED=true SERVER_PORT=${NODE_PORTS[$i]} PORTAL_MEDIA_DIR="$WORK/media" \
	PORTAL_LIKES_NEW_IDS_PER_MINUTE=100000000 PORTAL_LIKES_LIKES_PER_MINUTE=100000000 \
		java -Xmx$HEAP -jar "$JAR" >>"$WORK/node-$i.log" 2>&1 &
	NODE_PID[$i]=$!
}
node_ready() { curl -fsS -o /dev/null "http://127.0.0.1:${NODE_PORTS[$1]}/actuator/health/readiness" 2>/dev/null; }
node_wait() { # node_wait I: until node I is ready (at most 600 s); prints the seconds it took
	local i=$1 t0
	t0=$(date +%s)
	for _ in $(seq 1 600); do
		if node_ready "$i"; then
			echo $(( $(date +%s) - t0 ))
			return 0
		fi
		kill -0 "${NODE_PID[$i]}" 2>/dev/null || break
		sleep 1
	done
	echo "Node $i did not start:" >&2
	tail -30 "$WORK/node-$i.log" >&2
	return 1
}
nginx_conf() { # nginx_conf I...: nginx in front of the nodes named
	local servers="" i
	for i in "$@"; do servers+="	server 127.0.0.1:${NODE_PORTS[$i]} max_fails=1 fail_timeout=5s;\n"; done
	{
		echo "worker_processes 1;"
		echo "pid $WORK/nginx.pid;"
		echo "error_log $WORK/nginx-error.log warn;"
		echo "events { worker_connections 2048; }"
		echo "http {"
		echo "access_log off;"
		for temp in client_body proxy fastcgi uwsgi scgi; do echo "${temp}_temp_path $WORK/nginx-tmp/$temp;"; done
		sed -e '/^\s*server portal-[0-9]*:8080/d' \
			-e "s|^upstream portal {|upstream portal {\n$servers|" \
			-e "s|^\s*listen 80;|	listen 127.0.0.1:$NGINX_PORT;|" deploy/nginx/portal.conf
		echo "}"
	} >"$WORK/nginx.conf"
	if [ -f "$WORK/nginx.pid" ] && kill -0 "$(cat "$WORK/nginx.pid")" 2>/dev/null; then
		nginx -q -c "$WORK/nginx.conf" -p "$WORK" -s reload 2>/dev/null
		sleep 1
	else
		nginx -q -c "$WORK/nginx.conf" -p "$WORK"
	fi
}

log "Starting node 1 (it migrates $DB and loads the demo data into it when empty)"
node_start 0
STARTUP_1=$(node_wait 0)
log "Starting nodes 2 and 3"
node_start 1
node_start 2
STARTUP_2=$(node_wait 1)
STARTUP_3=$(node_wait 2)
log "Nodes ready after $STARTUP_1 s, $STARTUP_2 s and $STARTUP_3 s"
nginx_conf 0 1 2

sql -f bench/load/catalogue.sql >"$WORK/catalogue.json"
IDS=$(python3 -c "import json; print(','.join(str(i) for i in json.load(open('$WORK/catalogue.json'))['results'][:300]))")
TERMS=$(python3 -c "import urllib.parse; print('|'.join(urllib.parse.quote(w) for w in ['技术', '工艺', '智能', '焊接', '数控', 'energy']))")
like_rows() { sql -c "SELECT count(*) FROM result_likes"; }
ORGANIZER_COOKIE=
portal_login "${NODE_PORTS[0]}" organizer demo-organizer
ORGANIZER_COOKIE=$COOKIE
metric() { # metric NAME: the value of a metric on the first node that answers
	local port
	for port in "${NODE_PORTS[@]}"; do
		if curl -fsS -m 2 -H "Cookie: $ORGANIZER_COOKIE" "http://127.0.0.1:$port/actuator/prometheus" 2>/dev/null |
			awk -v name="$1" '$1 == name { print $2; found = 1; exit } END { exit !found }'; then
			return 0
		fi
	done
	echo "?"
}
in_use_everywhere() { # in_use_everywhere V: every node reports portal_replica_in_use V
	local port value
	for port in "${NODE_PORTS[@]}"; do
		value=$(curl -fsS -m 2 -H "Cookie: $ORGANIZER_COOKIE" "http://127.0.0.1:$port/actuator/prometheus" 2>/dev/null |
			awk '$1 == "portal_replica_in_use" { print $2 }')
		[ "${value%.0}" = "$1" ] || return 1
	done
}
await_in_use() { # await_in_use V: seconds until every node reports it (at most 30)
	local t0
	t0=$(date +%s.%N)
	for _ in $(seq 1 300); do
		if in_use_everywhere "$1"; then
			awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'
			return 0
		fi
		sleep 0.1
	done
	echo "over 30"
}
log "Replica in use on every node within $(await_in_use 1) s; lag $(metric portal_replica_lag_seconds) s"

# --- 1. throughput with 1, 2 and 3 nodes -------------------------------------------------------
wrk_mix() { # wrk_mix SECONDS: the mix through nginx; prints its JSON line, plus the likes in the database
	local rows0 line rows1
	rows0=$(like_rows)
	line=$(BENCH_IDS=$IDS BENCH_TERMS=$TERMS wrk -t2 -c"$CONNECTIONS" -d"$1s" --timeout 10s -s bench/load/cluster.lua \
		"http://127.0.0.1:$NGINX_PORT" | grep '^RESULT' | sed 's/^RESULT //')
	sleep 1
	rows1=$(like_rows)
	python3 -c 'import json, sys; r = json.loads(sys.argv[1]); r["like_rows"] = int(sys.argv[2]); r["likes_lost"] = max(0, r["likes_acked"] - r["like_rows"]); print(json.dumps(r))' \
		"$line" "$(( rows1 - rows0 ))"
}
: >"$WORK/throughput.jsonl"
log "Warm-up through nginx, $PHASE s"
wrk_mix "$PHASE" >/dev/null
for reads in replica primary; do
	if [ "$reads" = primary ]; then
		replica_ctl -m fast -w stop >/dev/null
		await_in_use 0 >/dev/null
	fi
	for n in 1 2 3; do
		case $n in 1) nginx_conf 0 ;; 2) nginx_conf 0 1 ;; 3) nginx_conf 0 1 2 ;; esac
		line=$(wrk_mix "$PHASE")
		log "  $n node(s), public lists on the $reads: $line"
		echo "{\"nodes\":$n,\"reads\":\"$reads\",\"result\":$line}" >>"$WORK/throughput.jsonl"
	done
done
replica_ctl -l "$BASE/replica.log" -w start >/dev/null
await_in_use 1 >/dev/null || true
nginx_conf 0 1 2

# --- 2. faults under mixed load ---------------------------------------------------------------
( while true; do
	printf '%s\t%s\t%s\n' "$(date +%s.%N)" "$(metric portal_replica_lag_seconds)" \
		"$(psql -X -A -t -d postgres -c "SELECT coalesce(max(extract(epoch FROM replay_lag)), 0) FROM pg_stat_replication" 2>/dev/null || echo '?')"
	sleep 1
done ) >"$WORK/lag.tsv" 2>/dev/null &
SAMPLER_PID=$!
PREFIX="CLUSTER$(date -u +%H%M%S)"
LIKE_ROWS_BEFORE=$(like_rows)
log "Mixed load through nginx: 12 attendee and 2 organizer connections"
python3 bench/load/portal_load.py run --port "$NGINX_PORT" --catalogue "$WORK/catalogue.json" --out "$WORK/run" \
	--duration 900 --attendees 12 --organizers 2 --think 0.2 --organizer-think 0.3 --timeout 30 \
	--user organizer --password demo-organizer --prefix "$PREFIX" --events --stop-file "$WORK/stop" &
LOAD_PID=$!
sleep "$PHASE"

log "  kill -9 node 2, then start it again"
mark "kill start"
kill -9 "${NODE_PID[1]}"
wait "${NODE_PID[1]}" 2>/dev/null || true
node_start 1
KILL_RESTART=$(node_wait 1)
mark "kill end"
sleep "$PHASE"

log "  stop the replica for $PHASE s"
mark "replica start"
replica_ctl -m fast -w stop >/dev/null
REPLICA_LEFT=$(await_in_use 0)
sleep "$PHASE"
replica_ctl -l "$BASE/replica.log" -w start >/dev/null
REPLICA_BACK=$(await_in_use 1)
mark "replica end"
sleep "$PHASE"

log "  rolling restart: each node out of nginx, stopped (SIGTERM), started, back in"
mark "rolling start"
ROLLING=""
for i in 0 1 2; do
	others=()
	for j in 0 1 2; do [ "$j" = "$i" ] || others+=("$j"); done
	nginx_conf "${others[@]}"
	kill -TERM "${NODE_PID[$i]}"
	wait "${NODE_PID[$i]}" 2>/dev/null || true
	node_start "$i"
	ROLLING+="$(node_wait "$i") "
	nginx_conf 0 1 2
done
mark "rolling end"
sleep "$PHASE"
touch "$WORK/stop"
wait "$LOAD_PID"
LOAD_PID=
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=

# --- checks --------------------------------------------------------------------------------
sleep 2
check() {
	sql <<-SQL | tail -n 1
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
CONTRACTS_IN_DB=$(sql -c "SELECT count(*) FROM transformation_contracts WHERE contract_no LIKE '$PREFIX-%'")
LIKE_ROWS_AFTER=$(like_rows)
LOGIN=""
LOGIN_OK=yes
for port in "${NODE_PORTS[@]}" "$NGINX_PORT"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $ORGANIZER_COOKIE" "http://127.0.0.1:$port/admin/results")
	LOGIN+="$port: $code; "
	[ "$code" = 200 ] || LOGIN_OK=no
done
LAG_NOW=$(metric portal_replica_lag_seconds)
REPLAY_AGE=$(replica_sql -c "SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 'caught up (received = replayed)' ELSE round(extract(epoch FROM now() - pg_last_xact_replay_timestamp())::numeric, 3) || ' s since the last replayed commit' END")
REPLICA_CONNECTIONS=$(replica_sql -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'portal-replica-reads'")
NODE_ERRORS=$(cat "$WORK"/node-*.log | grep -c ' ERROR ' || true)
END=$(date -u '+%Y-%m-%d %H:%M UTC')
LOAD1=$(cut -d' ' -f1-3 /proc/loadavg)
flock -u 9

REPORT="bench/results/cluster-$(date -u +%Y-%m-%d).md"
python3 - "$WORK" >"$REPORT" <<PY
import json, os, sys
work = sys.argv[1]
marks = {}
for line in open(os.path.join(work, "marks")):
    name, at = line.rstrip("\n").split("\t")
    marks[name] = float(at)
summary = json.load(open(os.path.join(work, "run", "summary.json")))
events = [l.rstrip("\n").split("\t") for l in open(os.path.join(work, "run", "events.tsv"))]
throughput = [json.loads(l) for l in open(os.path.join(work, "throughput.jsonl"))]
lags = [l.rstrip("\n").split("\t") for l in open(os.path.join(work, "lag.tsv"))]

def failed_in(start, end):
    bad = [e for e in events if start <= float(e[1]) <= end and e[4] != "ok"]
    gets = [e for e in bad if e[2] not in ("like", "admin-contract-create", "admin-contract-edit", "login")]
    kinds = {}
    for e in bad:
        key = f"{e[2]} {e[3]} ({e[4]})"
        kinds[key] = kinds.get(key, 0) + 1
    total = sum(1 for e in events if start <= float(e[1]) <= end)
    return total, len(bad), len(gets), ", ".join(f"{n} × {k}" for k, n in sorted(kinds.items())) or "none"

def num(v):
    try:
        return float(v)
    except ValueError:
        return None

lag_values = [num(l[1]) for l in lags if num(l[1]) is not None]
replay_values = [num(l[2]) for l in lags if num(l[2]) is not None]
likes_missing = int("$LIKES_MISSING")
contracts_missing = int("$CONTRACTS_MISSING")
ok = likes_missing == 0 and contracts_missing == 0 and "$LOGIN_OK" == "yes"
print("# Several nodes behind nginx, with a streaming replica, measured")
print()
print(f"Measured from $START to $END by \`bench/cluster.sh --phase-seconds $PHASE\` on $(nproc) cores "
      f"($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load average $LOAD0 at the start and "
      f"$LOAD1 at the end (the machine is shared with other work). Portal commit $(git rev-parse --short HEAD).")
print(f"Primary: the PostgreSQL on $PRIMARY_PORT, database \`$DB\` (the demo data set); replica: a second cluster on "
      f"$REPLICA_PORT made by \`pg_basebackup -X stream -R\` ($BASEBACKUP_SECONDS s for the whole server), streaming. "
      f"Nodes: the jar with \`-Xmx$HEAP\` on ${NODE_PORTS[*]}, each with \`SPRING_DATASOURCE_REPLICA_URL\` "
      f"pointing at the replica; nginx on $NGINX_PORT with \`deploy/nginx/portal.conf\` (upstream rewritten to loopback). "
      f"Nodes took $STARTUP_1 s (the first: migrations and demo data), $STARTUP_2 s and $STARTUP_3 s to be ready.")
print()
print("## Verdict")
print()
print(f"**{'PASS' if ok else 'FAIL'}**: acknowledged likes missing from the database: **{likes_missing}** "
      f"(of {summary['likes']['acknowledged']}); acknowledged contracts missing: **{contracts_missing}** "
      f"(of {summary['contracts']['acknowledged']}, {int('$CONTRACTS_IN_DB')} in the database); "
      f"the organizer's login from the start, after every node was restarted: $LOGIN_OK ($LOGIN).")
print()
print("## 1. Throughput through nginx")
print()
print(f"wrk -t2 -c$CONNECTIONS -d${PHASE}s, \`bench/load/cluster.lua\`: 90 % pages (home, results, search, a result, "
      "areas, contracts, awards, the hall's list) as anonymous visitors, 10 % likes. Pages come from each node's "
      "memory (the page cache) unless a change or their time to live dropped them. Likes: acknowledged by wrk "
      "(200 with \`\"counted\":true\`) against new \`result_likes\` rows.")
print()
print("| nodes | public lists read from | requests/s | p50 ms | p99 ms | failed | likes acknowledged | like rows added | lost |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
for t in throughput:
    r = t["result"]
    print(f"| {t['nodes']} | {t['reads']} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} | {r['failed']} | "
          f"{r['likes_acked']} | {r['like_rows']} | {r['likes_lost']} |")
print()
print("## 2. Faults under mixed load")
print()
total = sum(k["requests"] for k in summary["kinds"].values())
print(f"\`bench/load/portal_load.py\` through nginx for {summary['elapsed']:.0f} s: {summary['attendees']} attendee "
      f"connections (pages, searches, likes as the page's script sends them) and {summary['organizers']} organizer "
      f"sessions (admin lists, new contracts, edits), {total} requests.")
print()
print("| phase | requests ending in it | not ok | of them GET pages | what failed |")
print("|---|---:|---:|---:|---|")
for name, label, extra in (("kill", "kill -9 of node 2, until it was ready again ($KILL_RESTART s)", 5),
                           ("replica", f"replica stopped for $PHASE s, then started (left by every node within $REPLICA_LEFT s, back within $REPLICA_BACK s)", 5),
                           ("rolling", "rolling restart of the 3 nodes, each out of nginx first (ready after: $ROLLING s)", 5)):
    n, bad, gets, what = failed_in(marks[f"{name} start"], marks[f"{name} end"] + extra)
    print(f"| {label} | {n} | {bad} | {gets} | {what} |")
n, bad, gets, what = failed_in(0, 1e12)
print(f"| whole run | {n} | {bad} | {gets} | {what} |")
print()
print(f"Likes: {summary['likes']['acknowledged']} acknowledged, {summary['likes']['unanswered']} unanswered "
      f"(in flight when a node died: they may or may not be in the database), $LIKE_ROWS_AFTER - $LIKE_ROWS_BEFORE = "
      f"{int('$LIKE_ROWS_AFTER') - int('$LIKE_ROWS_BEFORE')} new rows; missing: {likes_missing}. "
      f"Contracts: {summary['contracts']['acknowledged']} acknowledged, {summary['contracts']['edits']} edits; missing: "
      f"{contracts_missing}. ERROR lines in the nodes' logs: $NODE_ERRORS.")
print()
print("## Replica lag")
print()
if lag_values:
    print(f"The nodes' measured lag (\`portal_replica_lag_seconds\`, sampled every second): median "
          f"{sorted(lag_values)[len(lag_values) // 2]:.3f} s, max {max(lag_values):.3f} s over {len(lag_values)} samples "
          f"(the stop of the replica excluded: no lag is measured while it is away).")
if replay_values:
    print(f"The primary's \`pg_stat_replication.replay_lag\`: max {max(replay_values):.3f} s.")
print(f"At the end: {'$LAG_NOW'} s by the nodes; the replica: $REPLAY_AGE; "
      f"$REPLICA_CONNECTIONS connections of the nodes' replica pools on the replica.")
PY
sed -n '/^## Verdict/,/^## 1/p' "$REPORT" | head -n -1
echo "Report: $REPORT"
[ "$LIKES_MISSING" = 0 ] && [ "$CONTRACTS_MISSING" = 0 ] && [ "$LOGIN_OK" = yes ]

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
	for i in "$@"; do servers+="	server 127.0.0.1:${NODE_PORTS[$i]} max_fails=3 fail_timeout=5s;\n"; done
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
	local port value
	for port in "${NODE_PORTS[@]}"; do
		value=$(curl -fsS -m 2 -H "Cookie: $ORGANIZER_COOKIE" "http://127.0.0.1:$port/actuator/prometheus" 2>/dev/null |
			awk -v name="$1" '$1 == name { v = $2 } END { print v }' || true)
		if [ -n "$value" ]; then
			echo "$value"
			return 0
		fi
	done
	echo "?"
}
in_use_everywhere() { # in_use_everywhere V: every node reports portal_replica_in_use V
	local port value
	for port in "${NODE_PORTS[@]}"; do
		value=$(curl -fsS -m 2 -H "Cookie: $ORGANIZER_COOKIE" "http://127.0.0.1:$port/actuator/prometheus" 2>/dev/null |
			awk '$1 == "portal_replica_in_use" { print $2 }' || true)
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
node_ticks() { # the CPU time (clock ticks) all portal nodes have used
	local i total=0 t
	for i in "${!NODE_PID[@]}"; do
		t=$(awk '{ print $14 + $15 }' "/proc/${NODE_PID[$i]}/stat" 2>/dev/null || echo 0)
		total=$(( total + t ))
	done
	echo "$total"
}
wrk_mix() { # wrk_mix SECONDS: the mix through nginx; prints its JSON line, plus the likes in the database
	local rows0 line rows1 ticks0 ticks1
	rows0=$(like_rows)
	ticks0=$(node_ticks)
	line=$(BENCH_IDS=$IDS BENCH_TERMS=$TERMS wrk -t2 -c"$CONNECTIONS" -d"$1s" --timeout 10s -s bench/load/cluster.lua \
		"http://127.0.0.1:$NGINX_PORT" | grep '^RESULT' | sed 's/^RESULT //')
	ticks1=$(node_ticks)
	sleep 1
	rows1=$(like_rows)
	python3 -c 'import json, sys; r = json.loads(sys.argv[1]); r["like_rows"] = int(sys.argv[2]); r["likes_lost"] = max(0, r["likes_acked"] - r["like_rows"]); r["cpu_ms_per_request"] = round(int(sys.argv[3]) * 1000 / int(sys.argv[4]) / max(1, r["requests"]), 2); print(json.dumps(r))' \
		"$line" "$(( rows1 - rows0 ))" "$(( ticks1 - ticks0 ))" "$(getconf CLK_TCK)"
}
: >"$WORK/throughput.jsonl"
log "Warm-up through nginx, $(( 3 * PHASE )) s"
wrk_mix $(( 3 * PHASE )) >/dev/null
# each number of nodes with the replica, then without it (stopped: the lists read from the
# primary), so that both see the machine in the same state
for n in 1 2 3; do
	case $n in 1) nginx_conf 0 ;; 2) nginx_conf 0 1 ;; 3) nginx_conf 0 1 2 ;; esac
	for reads in replica primary; do
		if [ "$reads" = primary ]; then
			replica_ctl -m fast -w stop >/dev/null
			await_in_use 0 >/dev/null
		fi
		line=$(wrk_mix "$PHASE")
		log "  $n node(s), public lists on the $reads: $line"
		echo "{\"nodes\":$n,\"reads\":\"$reads\",\"result\":$line}" >>"$WORK/throughput.jsonl"
	done
	replica_ctl -l "$BASE/replica.log" -w start >/dev/null
	await_in_use 1 >/dev/null || true
done
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
	--duration 3600 --attendees 12 --organizers 2 --think 0.2 --organizer-think 0.3 --timeout 30 \
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
	CREATE TEMP TABLE acknowledged_likes (result_id bigint, browser_cookie text, counted boolean, likes bigint);
	CREATE TEMP TABLE acknowledged_contracts (contract_no text);
	\copy acknowledged_likes FROM '$WORK/run/likes.tsv'
	\copy acknowledged_contracts FROM '$WORK/run/contracts.tsv'
	$1;
	SQL
}
LIKES_MISSING=$(check "SELECT count(*) FROM acknowledged_likes a WHERE NOT EXISTS
	(SELECT 1 FROM result_likes l WHERE l.result_id = a.result_id
	 AND l.browser_id = split_part(a.browser_cookie, '.', 1)::uuid)")
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

{
	echo "start=$START"
	echo "end=$END"
	echo "phase=$PHASE"
	echo "machine=$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))"
	echo "load0=$LOAD0"
	echo "load1=$LOAD1"
	echo "commit=$(git rev-parse --short HEAD)"
	echo "primary_port=$PRIMARY_PORT"
	echo "replica_port=$REPLICA_PORT"
	echo "db=$DB"
	echo "basebackup_seconds=$BASEBACKUP_SECONDS"
	echo "heap=$HEAP"
	echo "node_ports=${NODE_PORTS[*]}"
	echo "nginx_port=$NGINX_PORT"
	echo "startup=$STARTUP_1, $STARTUP_2 and $STARTUP_3"
	echo "connections=$CONNECTIONS"
	echo "likes_missing=$LIKES_MISSING"
	echo "contracts_missing=$CONTRACTS_MISSING"
	echo "contracts_in_db=$CONTRACTS_IN_DB"
	echo "like_rows_delta=$(( LIKE_ROWS_AFTER - LIKE_ROWS_BEFORE ))"
	echo "login_ok=$LOGIN_OK"
	echo "login=$LOGIN"
	echo "kill_restart=$KILL_RESTART"
	echo "replica_left=$REPLICA_LEFT"
	echo "replica_back=$REPLICA_BACK"
	echo "rolling=$ROLLING"
	echo "node_errors=$NODE_ERRORS"
	echo "lag_now=$LAG_NOW"
	echo "replay_age=$REPLAY_AGE"
	echo "replica_connections=$REPLICA_CONNECTIONS"
} >"$WORK/facts"
REPORT="bench/results/cluster-$(date -u +%Y-%m-%d).md"
status=0
python3 bench/load/cluster_report.py "$WORK" >"$REPORT" || status=$?
sed -n '/^## Verdict/,/^## 1/p' "$REPORT" | head -n -1
echo "Report: $REPORT"
exit $status

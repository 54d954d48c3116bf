#!/usr/bin/env bash
# The public pages side by side, in one run: each page of the portal (from its built jar, no
# proxy) against nginx serving a static file of the same size (the page's own body, saved once
# with curl), the portal's stylesheets against nginx serving the same files, and spring-petclinic's
# comparable pages (built from its public repository outside the project). One server is under
# load at a time: for each request nginx's copy, then the portal; then petclinic's. wrk with
# --threads/--connections for --duration after a --warmup, latency percentiles from
# bench/lua/percentiles.lua. The portal's heap (jstat) and resident set are sampled during its runs.
# Writes bench/results/pages-<date>.md.
#   bench/pages.sh [--db DB] [--duration S] [--warmup S] [--rounds N] [--connections N] [--threads N]
#                  [--port P] [--nginx-port P] [--petclinic-port P] [--petclinic DIR] [--no-petclinic]
#                  [--gzip] [--smoke] [--note TEXT]
# Default database craftsman_bench_demo, created with the demo data set on first use;
# --db craftsman_bench measures at benchmark scale (build it first: bench/generate-data.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

DEMO_DB=craftsman_bench_demo
DB=$DEMO_DB
DURATION=15
WARMUP=5
ROUNDS=1
CONNECTIONS=64
THREADS=2
PORT=${BENCH_PORT:-8095}
NGINX_PORT=8096
PETCLINIC_PORT=8097
PETCLINIC_DIR=${PETCLINIC_DIR:-/tmp/petclinic}
PETCLINIC_REPO=${PETCLINIC_REPO:-https://github.com/spring-projects/spring-petclinic.git}
PETCLINIC_DB=${PETCLINIC_DB:-petclinic}
PETCLINIC=yes
GZIP=
SMOKE=
NOTE=
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx512m}
while [ $# -gt 0 ]; do
	case "$1" in
		--db) DB=$2; shift 2 ;;
		--duration) DURATION=$2; shift 2 ;;
		--warmup) WARMUP=$2; shift 2 ;;
		--rounds) ROUNDS=$2; shift 2 ;;
		--connections) CONNECTIONS=$2; shift 2 ;;
		--threads) THREADS=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		--nginx-port) NGINX_PORT=$2; shift 2 ;;
		--petclinic-port) PETCLINIC_PORT=$2; shift 2 ;;
		--petclinic) PETCLINIC_DIR=$2; shift 2 ;;
		--no-petclinic) PETCLINIC=; shift ;;
		--gzip) GZIP=yes; shift ;;
		--smoke) SMOKE=yes DURATION=3 WARMUP=2 ROUNDS=1; shift ;;
		--note) NOTE=$2; shift 2 ;;
		-h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
done
case $DB in *bench*) ;; *) echo "The database's name must contain 'bench' ($DB)" >&2; exit 2 ;; esac
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}

NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "nginx is needed: apt-get install -y nginx-light" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
for tool in curl java jstat jcmd psql python3 git; do
	command -v $tool >/dev/null || { echo "$tool is needed (Debian packages curl, a JDK, postgresql-client, python3, git)" >&2; exit 2; }
done
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$PORT" "$NGINX_PORT" ${PETCLINIC:+"$PETCLINIC_PORT"}; do
	port_free "$p" || { echo "Port $p is in use; choose others with --port, --nginx-port, --petclinic-port" >&2; exit 2; }
done
dbsql() { psql -X -A -t -q -d "$1" -c "$2"; }
db_exists() { [ -n "$(dbsql postgres "SELECT 1 FROM pg_database WHERE datname = '$1'")" ]; }
if [ "$DB" = "$DEMO_DB" ]; then
	export BENCH_DEMO=true # created with the demo data set when missing, reused after that
elif ! db_exists "$DB"; then
	echo "No database $DB: build it with bench/generate-data.sh --db $DB" >&2
	exit 2
fi

WORK=$(mktemp -d)
chmod 755 "$WORK"
NGINX_PID= PETCLINIC_PID= SAMPLER_PID= JSTAT_PID=
cleanup() {
	stop_sampling
	[ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
	[ -n "$PETCLINIC_PID" ] && kill "$PETCLINIC_PID" 2>/dev/null && wait "$PETCLINIC_PID" 2>/dev/null || true
	portal_stop
	rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Samplers: jstat -gc and the resident set of a JVM, while it is under load.
start_sampling() { # start_sampling PID NAME
	jstat -gc "$1" 500 >>"$WORK/jstat-$2" 2>/dev/null &
	JSTAT_PID=$!
	(while [ -r "/proc/$1/status" ]; do awk '/VmRSS/ { print $2 }' "/proc/$1/status" >>"$WORK/rss-$2"; sleep 0.5; done) &
	SAMPLER_PID=$!
}
stop_sampling() {
	[ -n "${JSTAT_PID:-}" ] && kill "$JSTAT_PID" 2>/dev/null || true
	[ -n "${SAMPLER_PID:-}" ] && kill "$SAMPLER_PID" 2>/dev/null || true
	# (a bare wait would wait for the servers too)
	[ -n "${JSTAT_PID:-}" ] && wait "$JSTAT_PID" 2>/dev/null || true
	[ -n "${SAMPLER_PID:-}" ] && wait "$SAMPLER_PID" 2>/dev/null || true
	JSTAT_PID= SAMPLER_PID=
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Starting the portal on $DB (port $PORT, $BENCH_JAVA_OPTS)"
portal_start "$DB" "$PORT"
STARTUP=$(grep -o 'Started PortalApplication in [0-9.]* seconds' "$PORTAL_LOG" | grep -o '[0-9.]*')
echo "  started in $STARTUP s"
BASE="http://127.0.0.1:$PORT"

RESULT_ID=$(dbsql "$DB" "SELECT id FROM innovation_results WHERE published ORDER BY id LIMIT 1")
AREA_ID=$(dbsql "$DB" "SELECT id FROM exhibition_areas WHERE kind = 'OFFLINE' ORDER BY id LIMIT 1")
CATEGORY=$(dbsql "$DB" "SELECT category FROM innovation_results WHERE published GROUP BY category ORDER BY count(*) DESC, category LIMIT 1")
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
curl -fsS "$BASE/" >"$WORK/home.html"
mapfile -t STYLESHEETS < <(grep -o 'href="/css/[^"]*\.css"' "$WORK/home.html" | sed 's/href="//; s/"$//' | awk '!seen[$0]++')
[ ${#STYLESHEETS[@]} -gt 0 ] || { echo "The home page links no stylesheet" >&2; exit 1; }

# id|label|server|path|Accept-Language|kind (css, page, list, detail; petclinic: pc-...)
CASES=()
for css in "${STYLESHEETS[@]}"; do
	name=$(basename "$css" | sed 's/-[0-9a-f]\{32\}\.css$/.css/')
	CASES+=("css-${name%.css}|stylesheet $name ($css)|portal|$css||css")
done
CASES+=(
	"home|home /|portal|/||page"
	"results|results list /results|portal|/results||list"
	"search-zh|search /results?q=焊接|portal|/results?q=$(urlencode 焊接)||page"
	"search-en|search /results?q=welding|portal|/results?q=welding||page"
	"filtered|results filtered /results?category=$CATEGORY&signed=true|portal|/results?category=$(urlencode "$CATEGORY")&signed=true||page"
	"result|result page /results/$RESULT_ID|portal|/results/$RESULT_ID||detail"
	"area|area page /areas/$AREA_ID|portal|/areas/$AREA_ID||page"
	"hall|online hall /hall|portal|/hall||page"
	"awards|awards /awards|portal|/awards||page"
	"contracts|contracts /contracts|portal|/contracts||page"
	"live|live broadcasts /live|portal|/live||page"
	"search-en-en|search /results?q=welding, English (Accept-Language: en)|portal|/results?q=welding|en|page"
)

if [ -n "$PETCLINIC" ]; then
	PETCLINIC_JAR=$(ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
	if [ -z "$PETCLINIC_JAR" ]; then
		if [ ! -f "$PETCLINIC_DIR/pom.xml" ]; then
			echo "Cloning spring-petclinic from $PETCLINIC_REPO into $PETCLINIC_DIR"
			git clone -q "$PETCLINIC_REPO" "$PETCLINIC_DIR"
		fi
		echo "Building spring-petclinic in $PETCLINIC_DIR"
		./mvnw -B -q -f "$PETCLINIC_DIR/pom.xml" -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip \
			-Djacoco.skip -Dcyclonedx.skip package >"$WORK/petclinic-build.log" 2>&1 \
			|| { tail -30 "$WORK/petclinic-build.log" >&2; exit 1; }
		PETCLINIC_JAR=$(ls "$PETCLINIC_DIR"/target/spring-petclinic-*.jar | grep -v '\.original$' | head -n 1)
	fi
	PETCLINIC_COMMIT=$(git -C "$PETCLINIC_DIR" log -1 --format='%h %cs' 2>/dev/null || echo unknown)
	db_exists "$PETCLINIC_DB" || createdb "$PETCLINIC_DB"
	echo "Starting spring-petclinic ($PETCLINIC_COMMIT) on database $PETCLINIC_DB (port $PETCLINIC_PORT, $BENCH_JAVA_OPTS)"
	java $BENCH_JAVA_OPTS -jar "$PETCLINIC_JAR" --spring.profiles.active=postgres --server.port="$PETCLINIC_PORT" \
		--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$PETCLINIC_DB" \
		--spring.datasource.username="$PGUSER" --spring.datasource.password="$PGPASSWORD" >"$WORK/petclinic.log" 2>&1 &
	PETCLINIC_PID=$!
	for _ in $(seq 1 240); do
		grep -q 'Started PetClinicApplication' "$WORK/petclinic.log" && break
		kill -0 "$PETCLINIC_PID" 2>/dev/null || break
		sleep 0.5
	done
	grep -q 'Started PetClinicApplication' "$WORK/petclinic.log" || { echo "spring-petclinic did not start:" >&2; tail -30 "$WORK/petclinic.log" >&2; exit 1; }
	CASES+=(
		"pc-home|petclinic welcome /|petclinic|/||pc-page"
		"pc-owners|petclinic owners list /owners?lastName=|petclinic|/owners?lastName=||pc-list"
		"pc-owner|petclinic owner page /owners/1|petclinic|/owners/1||pc-detail"
	)
fi

# nginx: each body saved once, served as a static file of the same size.
mkdir -p "$WORK/nginx/www/copy" "$WORK/nginx/tmp"
server_base() { case $1 in portal) echo "$BASE" ;; petclinic) echo "http://127.0.0.1:$PETCLINIC_PORT" ;; esac; }
declare -A BYTES NGINX_PATH
for c in "${CASES[@]}"; do
	IFS='|' read -r id label server path lang kind <<<"$c"
	if [ "$kind" = css ]; then
		target=/css/$(basename "$path")
	else
		target=/copy/$id.html
	fi
	mkdir -p "$WORK/nginx/www$(dirname "$target")"
	code=$(curl -sS -o "$WORK/nginx/www$target" -w '%{http_code}' ${lang:+-H "Accept-Language: $lang"} "$(server_base "$server")$path")
	[ "$code" = 200 ] || { echo "$label: $server answered $code" >&2; exit 1; }
	BYTES[$id]=$(stat -c %s "$WORK/nginx/www$target")
	NGINX_PATH[$id]=$target
done
chmod -R a+rX "$WORK/nginx/www"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	sendfile on;
	tcp_nopush on;
	client_body_temp_path $WORK/nginx/tmp;
	types { text/html html; text/css css; }
	charset utf-8;
	$([ -n "$GZIP" ] && echo "gzip on; gzip_types text/css; gzip_min_length 256;")
	server {
		listen 127.0.0.1:$NGINX_PORT;
		root $WORK/nginx/www;
	}
}
EOF
"$NGINX" -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 40); do
	curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT${NGINX_PATH[home]}" && break
	kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/error.log" >&2; exit 1; }
	sleep 0.25
done
echo "nginx $("$NGINX" -v 2>&1 | sed 's/.*\///') on port $NGINX_PORT"

# measure URL LANG SECONDS: "rps p50 p95 p99 errors requests" from wrk
measure() {
	local out line rps
	local -a headers=()
	[ -n "$2" ] && headers+=(-H "Accept-Language: $2")
	[ -n "$GZIP" ] && headers+=(-H "Accept-Encoding: gzip")
	out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${3}s" --timeout 10s "${headers[@]}" -s bench/lua/percentiles.lua "$1") \
		|| { echo "wrk failed on $1" >&2; return 1; }
	rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
	line=$(grep '^RESULT' <<<"$out")
	awk -v rps="$rps" '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		printf "%s %s %s %s %d %s\n", rps, v["p50"], v["p95"], v["p99"], v["status_errors"] + v["socket_errors"], v["requests"] }' <<<"$line"
}
run_case() { # run_case ROUND SERVER ID URL LANG
	local pid=
	case $2 in portal) pid=$PORTAL_PID ;; petclinic) pid=$PETCLINIC_PID ;; esac
	[ -n "$pid" ] && start_sampling "$pid" "$2"
	measure "$4" "$5" "$WARMUP" >/dev/null || exit 1
	local r
	r=$(measure "$4" "$5" "$DURATION") || exit 1
	[ -n "$pid" ] && stop_sampling
	printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$(tr ' ' '\t' <<<"$r")" >>"$WORK/results.tsv"
	printf '  %-10s %-72s %10s req/s  p50 %7s ms  p99 %8s ms  errors %s\n' "$2" "$6" $(cut -d' ' -f1,2,4,5 <<<"$r")
}

echo "Measuring: $ROUNDS round(s), wrk -t$THREADS -c$CONNECTIONS, ${WARMUP} s warm-up then ${DURATION} s per request${GZIP:+, gzip}"
for round in $(seq 1 "$ROUNDS"); do
	echo "Round $round"
	for c in "${CASES[@]}"; do
		IFS='|' read -r id label server path lang kind <<<"$c"
		run_case "$round" nginx "$id" "http://127.0.0.1:$NGINX_PORT${NGINX_PATH[$id]}" "" "nginx copy of: $label"
		run_case "$round" "$server" "$id" "$(server_base "$server")$path" "$lang" "$label"
	done
done

# Memory: the portal's heap and resident set under load, its live set after a full GC.
RSS_PEAK=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$PORTAL_PID/status")
jcmd "$PORTAL_PID" GC.run >/dev/null
LIVE=$(jcmd "$PORTAL_PID" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -n 1)
if [ -n "$PETCLINIC" ]; then
	PC_RSS_PEAK=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$PETCLINIC_PID/status")
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
{
	echo "startup=$STARTUP"
	echo "db=$DB"
	echo "results=$(dbsql "$DB" "SELECT count(*) FROM innovation_results")"
	echo "contracts=$(dbsql "$DB" "SELECT count(*) FROM transformation_contracts")"
	echo "duration=$DURATION"
	echo "warmup=$WARMUP"
	echo "rounds=$ROUNDS"
	echo "connections=$CONNECTIONS"
	echo "threads=$THREADS"
	echo "gzip=${GZIP:-no}"
	echo "smoke=${SMOKE:-no}"
	echo "note=$NOTE"
	echo "java_opts=$BENCH_JAVA_OPTS"
	echo "java=$(java -version 2>&1 | head -n 1 | cut -d'"' -f2)"
	echo "nginx=$("$NGINX" -v 2>&1 | sed 's/.*\///')"
	echo "wrk=$(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }')"
	echo "postgres=$(dbsql postgres 'SHOW server_version' | cut -d' ' -f1)"
	echo "cpu=$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
	echo "load_before=$LOAD_BEFORE"
	echo "load_after=$LOAD_AFTER"
	echo "rss_peak=$RSS_PEAK"
	echo "live_kb=${LIVE:-}"
	echo "petclinic=${PETCLINIC:+$PETCLINIC_COMMIT}"
	echo "pc_rss_peak=${PC_RSS_PEAK:-}"
	for c in "${CASES[@]}"; do
		IFS='|' read -r id label server path lang kind <<<"$c"
		echo "case=$id|$label|$server|$kind|${BYTES[$id]}"
	done
} >"$WORK/facts"
REPORT="bench/results/pages-$(date -u +%Y-%m-%d).md"
python3 bench/load/pages_report.py "$WORK/facts" "$WORK/results.tsv" "$WORK/jstat-portal" "$WORK/rss-portal" \
	"$WORK/jstat-petclinic" "$WORK/rss-petclinic" >"$REPORT"
echo "Report: $REPORT"
sed -n '/^## Targets/,$p' "$REPORT" | sed -n 3p

#!/usr/bin/env bash
# Start-up time of the portal, several ways, measured alternately in rounds on the same database:
#   jar        java -jar exchange-portal.jar                                 (as built)
#   extracted  the jar extracted by Spring Boot's jarmode tools              (no nested jars)
#   cds        extracted, with a class data sharing archive from a training run
#   aot        extracted, on Java 25 with the JDK's AOT cache from a training run (JEP 483/514)
#   spring-aot the jar built with -Paot (Spring AOT), extracted, -Dspring.aot.enabled=true, Java 25 AOT cache
# (the last two need Java 25: JAVA25=/path/to/bin/java, else the first one under /usr/lib/jvm).
# Each start runs Flyway's validation, Hibernate's schema validation and opens the pool; the
# figure is Spring Boot's own "Started PortalApplication in N seconds" (the JVM's own start is
# in "process running for", reported too). Writes bench/results/startup-<date>.md.
#   bench/startup.sh [--db DB] [--rounds N] [--port PORT] [--ways "jar extracted cds aot spring-aot"]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/portal.sh

DB=craftsman_bench
ROUNDS=5
PORT=${BENCH_PORT:-8095}
WAYS="jar extracted cds aot spring-aot"
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1 || true)}
while [ $# -gt 0 ]; do
	case "$1" in
		--db) DB=$2; shift 2 ;;
		--rounds) ROUNDS=$2; shift 2 ;;
		--port) PORT=$2; shift 2 ;;
		--ways) WAYS=$2; shift 2 ;;
		-h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option $1" >&2; exit 2 ;;
	esac
done
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
JAR=$(portal_jar)
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT
needs25() { case " $WAYS " in *" aot "* | *" spring-aot "*) return 0 ;; esac; return 1; }
if needs25 && [ -z "$JAVA25" ]; then
	echo "No Java 25 found (set JAVA25=/path/to/bin/java); measuring without the ways aot and spring-aot" >&2
	WAYS=$(tr ' ' '\n' <<<"$WAYS" | grep -vx 'aot\|spring-aot' | tr '\n' ' ')
fi

ENVS=(SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER"
	SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" PORTAL_DEMO_ENABLED=false SERVER_PORT="$PORT")
wait_started() { # wait_started LOG PID: prints Spring Boot's start-up seconds and the process's, once it has started
	local line=
	for _ in $(seq 1 480); do
		line=$(grep -o 'Started PortalApplication in [0-9.]* seconds (process running for [0-9.]*)' "$1" || true)
		[ -n "$line" ] && break
		kill -0 "$2" 2>/dev/null || break
		sleep 0.25
	done
	[ -n "$line" ] || { echo "The portal did not start:" >&2; tail -20 "$1" >&2; return 1; }
	grep -o '[0-9.]*[0-9]' <<<"$line" | tr '\n' ' '
}
# train LOG COMMAND...: a start, one request to each kind of public page (each must answer 200),
# then a normal stop; the JVM writes its archive or cache as it exits.
train() {
	local log=$1 path code
	shift
	env "${ENVS[@]}" "$@" >"$log" 2>&1 &
	PID=$!
	wait_started "$log" "$PID" >/dev/null || exit 1
	for path in / /results "/results?q=%E7%84%8A%E6%8E%A5" "/results?q=welding" /results/$RESULT_ID /areas/$AREA_ID /hall \
		/awards /live /contracts /api/stats; do
		code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT$path" || true)
		[ "$code" = 200 ] || { echo "Training: $path answered $code" >&2; tail -20 "$log" >&2; exit 1; }
	done
	kill "$PID"
	wait "$PID" || true
	PID=
}
RESULT_ID=$(psql -X -A -t -q -d "$DB" -c "SELECT id FROM innovation_results WHERE published ORDER BY id LIMIT 1")
AREA_ID=$(psql -X -A -t -q -d "$DB" -c "SELECT id FROM exhibition_areas WHERE kind = 'OFFLINE' ORDER BY id LIMIT 1")

echo "Extracting the jar"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP=$(ls "$WORK"/app/*.jar)
declare -A CMD
CMD[jar]="java -Xmx512m -jar $JAR"
CMD[extracted]="java -Xmx512m -jar $APP"
CMD[cds]="java -Xmx512m -XX:SharedArchiveFile=$WORK/app.jsa -jar $APP"
CMD[aot]="$JAVA25 -Xmx512m -XX:AOTCache=$WORK/app.aot -jar $APP"
CMD[spring-aot]="$JAVA25 -Xmx512m -XX:AOTCache=$WORK/spring-aot.aot -Dspring.aot.enabled=true -jar $WORK/spring-aot/$(basename "$APP")"
for way in $WAYS; do
	[ -n "${CMD[$way]:-}" ] || { echo "Unknown way $way" >&2; exit 2; }
done
case " $WAYS " in *" cds "*)
	echo "Training a class data sharing archive (a start, a few pages, a stop)"
	train "$WORK/training-cds.log" java -Xmx512m -XX:ArchiveClassesAtExit="$WORK/app.jsa" -jar "$APP"
	[ -f "$WORK/app.jsa" ] || { echo "No archive was written:" >&2; tail -20 "$WORK/training-cds.log" >&2; exit 1; } ;;
esac
case " $WAYS " in *" aot "*)
	echo "Training Java 25's AOT cache ($JAVA25)"
	train "$WORK/training-aot.log" "$JAVA25" -Xmx512m -XX:AOTCacheOutput="$WORK/app.aot" -jar "$APP"
	[ -f "$WORK/app.aot" ] || { echo "No AOT cache was written:" >&2; tail -20 "$WORK/training-aot.log" >&2; exit 1; } ;;
esac
case " $WAYS " in *" spring-aot "*)
	echo "Building the jar with Spring AOT (./mvnw -Paot package, in a scratch copy of the sources)"
	mkdir "$WORK/build"
	cp -r pom.xml mvnw .mvn src "$WORK/build/"
	(cd "$WORK/build" && ./mvnw -B -q -Paot -DskipTests -Dcheckstyle.skip -Dspring-javaformat.skip package) >"$WORK/build.log" 2>&1 \
		|| { tail -30 "$WORK/build.log" >&2; exit 1; }
	java -Djarmode=tools -jar "$(ls "$WORK"/build/target/exchange-portal-*.jar | grep -v '\.original$' | head -n 1)" \
		extract --destination "$WORK/spring-aot" >/dev/null
	rm -rf "$WORK/build"
	echo "Training Java 25's AOT cache on it"
	train "$WORK/training-spring-aot.log" "$JAVA25" -Xmx512m -XX:AOTCacheOutput="$WORK/spring-aot.aot" \
		-Dspring.aot.enabled=true -jar "$WORK/spring-aot/$(basename "$APP")"
	[ -f "$WORK/spring-aot.aot" ] || { echo "No AOT cache was written:" >&2; tail -20 "$WORK/training-spring-aot.log" >&2; exit 1; } ;;
esac

start_once() { # start_once WAY: sets SPRING_S and PROCESS_S (Spring Boot's start-up seconds and the process's), then stops the portal
	local log=$WORK/start.log seconds
	env "${ENVS[@]}" ${CMD[$1]} >"$log" 2>&1 &
	PID=$!
	seconds=$(wait_started "$log" "$PID") || true
	kill "$PID" 2>/dev/null || true
	wait "$PID" 2>/dev/null || true
	PID=
	[ -n "$seconds" ] || exit 1
	read -r SPRING_S PROCESS_S <<<"$seconds"
}

declare -A TIMES PROCESS
for round in $(seq 1 "$ROUNDS"); do
	line="  round $round:"
	for way in $WAYS; do
		start_once "$way"
		TIMES[$way]+=" $SPRING_S"
		PROCESS[$way]+=" $PROCESS_S"
		line+=" $way $SPRING_S s ($PROCESS_S),"
	done
	echo "${line%,}"
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

REPORT="bench/results/startup-$(date -u +%Y-%m-%d).md"
{
	echo "# Start-up time"
	echo
	echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/startup.sh\` on $(nproc) cores (a shared, noisy machine; load average"
	echo "$(cut -d' ' -f1-3 /proc/loadavg) at the end), Java $(java -version 2>&1 | head -n 1 | cut -d'"' -f2)$([ -n "$JAVA25" ] && echo " and $("$JAVA25" -version 2>&1 | head -n 1 | cut -d'"' -f2)"),"
	echo "against \`$DB\` (demo data off). Each way started $ROUNDS times, the ways alternating;"
	echo "the figure is Spring Boot's own \"Started PortalApplication in N seconds\", the process's own"
	echo "(\"process running for\", JVM start included) beside it. Target: < 6 s."
	echo
	echo "| way | median (s) | all starts (s) | process median (s) | target |"
	echo "|---|---:|---|---:|---|"
	for way in $WAYS; do
		m=$(median "${TIMES[$way]}")
		echo "| $way | $m |${TIMES[$way]} | $(median "${PROCESS[$way]}") | $(awk -v m="$m" 'BEGIN { print (m < 6 ? "met" : "MISSED") }') |"
	done
	echo
	echo "- **jar**: \`java -jar target/exchange-portal-*.jar\`."
	echo "- **extracted**: \`java -Djarmode=tools -jar exchange-portal.jar extract\`, then \`java -jar exchange-portal/exchange-portal.jar\`."
	echo "- **cds**: extracted, plus a class data sharing archive written by one training start"
	echo "  (\`-XX:ArchiveClassesAtExit=app.jsa\`, one request to each kind of page, a normal stop) and used by"
	echo "  every start (\`-XX:SharedArchiveFile=app.jsa\`)."
	echo "- **aot**: extracted, on Java 25, with the JDK's AOT cache (JEP 483/514: classes loaded and linked,"
	echo "  method profiles) written by the same training start (\`-XX:AOTCacheOutput=app.aot\`) and used by"
	echo "  every start (\`-XX:AOTCache=app.aot\`)."
	echo "- **spring-aot**: the jar built with \`./mvnw -Paot package\` (Spring AOT: the bean definitions"
	echo "  generated as code at build time), extracted, run with \`-Dspring.aot.enabled=true\` on Java 25 with"
	echo "  its own AOT cache trained the same way."
	echo
	echo "The README (\"Faster start-up\") shows how to run the portal these ways."
} >"$REPORT"
echo "Report: $REPORT"

# Shared by the benchmark scripts: start the portal against a benchmark database, log in.
# Source it; it defines portal_start DB PORT, portal_stop, portal_login USER PASS (sets COOKIE).

portal_jar() {
	local jar
	jar=$(ls target/exchange-portal-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
	if [ -z "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
		echo "  building the portal" >&2
		./mvnw -q -B -DskipTests package >&2
		jar=$(ls target/exchange-portal-*.jar | grep -v '\.original$' | head -n 1)
	fi
	echo "$jar"
}

# portal_start DB PORT: the portal on PORT (0: any free port) over DB, demo data off (BENCH_DEMO=true
# turns it on: an empty DB gets the demo data set, a missing one is created), with an
# organizer account BENCH_USER / BENCH_PASSWORD if they are set; waits until it has started.
# Its schema migrations run first, so this also applies the schema to a new database.
portal_start() {
	local db=$1 port=$2 jar
	jar=$(portal_jar)
	PORTAL_LOG=$(mktemp)
	SPRING_DATASOURCE_URL="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$db" \
	SPRING_DATASOURCE_USERNAME=${PGUSER:-postgres} SPRING_DATASOURCE_PASSWORD=${PGPASSWORD:-postgres} \
	PORTAL_DEMO_ENABLED=${BENCH_DEMO:-false} PORTAL_ADMIN_USERNAME=${BENCH_USER:-} PORTAL_ADMIN_PASSWORD=${BENCH_PASSWORD:-} \
	SERVER_PORT=$port \
		java ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$PORTAL_LOG" 2>&1 &
	PORTAL_PID=$!
	for _ in $(seq 1 120); do
		if grep -q "Started PortalApplication" "$PORTAL_LOG"; then
			return 0
		fi
		if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
			break
		fi
		sleep 1
	done
	echo "The portal did not start against $db:" >&2
	tail -40 "$PORTAL_LOG" >&2
	return 1
}

portal_stop() {
	if [ -n "${PORTAL_PID:-}" ]; then
		kill "$PORTAL_PID" 2>/dev/null || true
		wait "$PORTAL_PID" 2>/dev/null || true
		PORTAL_PID=
	fi
	rm -f "${PORTAL_LOG:-}"
}

# portal_login PORT USER PASSWORD: logs in through the login form; sets COOKIE to the
# session's Cookie header.
portal_login() {
	local port=$1 jar token
	jar=$(mktemp)
	token=$(curl -fsS -c "$jar" -b "$jar" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
	curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$2" --data-urlencode "password=$3" \
		--data-urlencode "_csrf=$token" "http://localhost:$port/login"
	COOKIE=$(awk '$6 == "SESSION" { printf "SESSION=%s", $7 }' "$jar")
	rm -f "$jar"
	if [ -z "$COOKIE" ]; then
		echo "Could not log in as $2" >&2
		return 1
	fi
}

# count_facts: the counts a load run checks against the database, as key=value lines for the
# report generator (bench/load/portal_load.py), from the variables the soak and restart scripts set.
count_facts() {
	echo "likes_before=$LIKES_BEFORE"
	echo "likes_after=$LIKES_AFTER"
	echo "likes_delta=$(( LIKES_AFTER - LIKES_BEFORE ))"
	echo "like_rows_before=$LIKE_ROWS_BEFORE"
	echo "like_rows_after=$LIKE_ROWS_AFTER"
	echo "like_rows_delta=$(( LIKE_ROWS_AFTER - LIKE_ROWS_BEFORE ))"
	echo "likes_missing=$LIKES_MISSING"
	echo "contracts_in_db=$CONTRACTS_IN_DB"
	echo "contracts_missing=$CONTRACTS_MISSING"
	echo "summaries=$SUMMARIES"
}

#!/usr/bin/env bash
# Times the spreadsheet import against a running portal: checks and then imports N new
# results (codes BENCH-1..N), reporting how long each step took, then removes them again
# through psql if a database is named.
#
# usage: bench/admin-import.sh [BASE_URL] [ROWS] [DATABASE]
#   e.g. bench/admin-import.sh http://localhost:8082 5000 admin_dev
set -euo pipefail
base=${1:-http://localhost:8080}
rows=${2:-5000}
database=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

token() { curl -s -c "$jar" -b "$jar" "$base$1" | grep -o -E 'name="_csrf" (content|value)="[^"]*"' | head -n 1 | sed -E 's/.*(content|value)="//;s/"$//'; }
now() { date +%s%N; }
wait_for() {
	while curl -s -b "$jar" "$base$1/progress" | grep -q -E '"status":"(CHECKING|COMMITTING)"'; do sleep 0.2; done
}

{
	echo "code,title,title_en,summary,summary_en,category,region,innovators,innovators_en,organization_name,area_code,published,featured"
	for i in $(seq 1 "$rows"); do
		echo "BENCH-$i,基准测试成果 $i,Benchmark result $i,用于测量导入速度的成果。,A result for timing the import.,装备制造,广东,张三、李四,,北京市总工会,A01,true,false"
	done
} > "$work/results.csv"

curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=${PORTAL_USER:-organizer}" \
	--data-urlencode "password=${PORTAL_PASSWORD:-demo-organizer}" --data-urlencode "_csrf=$(token /login)" "$base/login"

start=$(now)
job=$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' -F kind=results -F "file=@$work/results.csv" \
	-F "_csrf=$(token /admin/import)" "$base/admin/import" | sed "s|^$base||")
wait_for "$job"
checked=$(now)
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "_csrf=$(token "$job")" "$base$job/commit"
wait_for "$job"
imported=$(now)

echo "rows:            $rows"
echo "upload + check:  $(( (checked - start) / 1000000 )) ms"
echo "import:          $(( (imported - checked) / 1000000 )) ms"
curl -s -b "$jar" "$base$job/progress"; echo

if [ -n "$database" ]; then
	psql -q -h "${PGHOST:-localhost}" -U "${PGUSER:-postgres}" "$database" \
		-c "DELETE FROM innovation_results WHERE code LIKE 'BENCH-%'"
fi

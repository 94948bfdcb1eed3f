#!/bin/sh
# Times the national report (HTML and PDF) against a running portal: signs in as the national office, warms up,
# then prints the median and the worst of N requests of each. Usage:
#   scripts/bench-report.sh [base-url] [year] [requests] [username] [password]
# e.g. after loading scripts/stress-initiatives.sql (and the events stress script) into the portal's database.
set -eu
BASE=${1:-http://127.0.0.1:8086}
YEAR=${2:-2015}
N=${3:-20}
USER=${4:-national}
PASS=${5:-demo}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
TOKEN=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=$USER&password=$PASS&_csrf=$TOKEN" "$BASE/login"
time_of() {
  curl -s -b "$JAR" -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$1"
}
for path in "/reports/$YEAR" "/reports/$YEAR.pdf"; do
  for i in 1 2 3; do time_of "$path" >/dev/null; done
  time_of "$path" | grep -q '^200 ' || { echo "$path does not answer 200" >&2; exit 1; }
  i=0
  while [ $i -lt "$N" ]; do time_of "$path"; i=$((i + 1)); done \
    | awk -v p="$path" '{ t[NR] = $2 * 1000 } END { n = asort(t); printf "%-22s median %6.0f ms   max %6.0f ms   (%d requests)\n", p, t[int((n + 1) / 2)], t[n], n }'
done

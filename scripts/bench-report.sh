#!/bin/bash
# Times the national report (HTML and PDF) against a running portal: signs in as the national office, warms up,
# then prints p50, p95 and max of N requests of each, and the portal's heap after a full GC before and after
# the run (jcmd; the portal must run on this machine as the same user). Usage:
#   scripts/bench-report.sh [base-url] [year] [requests] [username] [password]
# Environment: PORTAL_PID (default: the process listening on the base URL's port); COLD_DB=<psql connection>
# raises the report data version before every timed request, so each one computes the figures from the data
# (the first view after any write) instead of reusing the kept ones (every later view until the next write).
# With the stress data set (DESIGN.md section 6) loaded into the portal's database:
#   psql "$DB" -f scripts/stress-data.sql; psql "$DB" -f scripts/stress-initiatives.sql
#   psql "$DB" -f scripts/stress-activities.sql
# See docs/benchmarks.md (issue 6) for the figures and how the portal was started.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8086}
YEAR=${2:-2015}
N=${3:-20}
USER=${4:-national}
PASS=${5:-demo}
PORT=${BASE##*:}
PORT=${PORT%%/*}
PID=${PORTAL_PID:-$(ss -ltnpH "sport = :$PORT" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)}
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

heap() {
  if [ -n "$PID" ] && command -v jcmd >/dev/null; then
    jcmd "$PID" GC.run >/dev/null
    jcmd "$PID" GC.heap_info | awk -v label="$1" '/used/ && !done {
        for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i + 1); if ($i == "used") u = $(i + 1) }
        gsub(/[K,]/, "", t); gsub(/[K,]/, "", u)
        printf "heap %-7s used %6.1f MB of %6.1f MB committed (after a full GC)\n", label, u / 1024, t / 1024; done = 1 }'
  else
    echo "heap: no portal pid found (set PORTAL_PID)"
  fi
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)   cores: $(nproc)   portal pid: ${PID:-?}   ${COLD_DB:+cold: figures computed for every request}"
TOKEN=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null -d "username=$USER&password=$PASS&_csrf=$TOKEN" "$BASE/login"
time_of() {
  if [ -n "${COLD_DB:-}" ]; then psql "$COLD_DB" -qAtc "UPDATE report_data_version SET version = version + 1" >/dev/null; fi
  curl -s -b "$JAR" -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$1"
}
heap before
for path in "/reports/$YEAR" "/reports/$YEAR.pdf"; do
  for i in 1 2 3; do time_of "$path" >/dev/null; done
  time_of "$path" | grep -q '^200 ' || { echo "$path does not answer 200" >&2; exit 1; }
  i=0
  while [ $i -lt "$N" ]; do time_of "$path"; i=$((i + 1)); done \
    | awk '$1 != 200 { bad++ } { print $2 * 1000 }
           END { if (bad) { print "non-200 answers: " bad > "/dev/stderr"; exit 1 } }' \
    | sort -n \
    | awk -v p="$path" '{ t[NR] = $1 } END {
        i50 = int(NR * 0.50 + 0.5); i95 = int(NR * 0.95 + 0.5); if (i50 < 1) i50 = 1; if (i95 < 1) i95 = 1
        printf "%-22s p50 %6.0f ms   p95 %6.0f ms   max %6.0f ms   (%d requests)\n", p, t[i50], t[i95], t[NR], NR }'
done
heap after

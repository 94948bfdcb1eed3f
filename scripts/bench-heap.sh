#!/bin/bash
# Heap of a running portal after a full GC while it is under load (target: at most 256 MB with the stress set).
# Puts wrk load (8 connections in all) on a mix of pages (public home, initiative list and search, events,
# dashboard, report, an export), forces a full GC in the middle (jcmd GC.run) and prints the heap in use after it
# (jcmd GC.heap_info and jstat), the highest heap in use seen during the load, and the load average.
#   PG=<psql connection string> scripts/bench-heap.sh <portal-pid> [base-url] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
PID=${1:?pid of the portal JVM}
BASE=${2:-http://127.0.0.1:8097}
SECONDS_LOAD=${3:-30}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
WORK=$(mktemp -d /tmp/bench-heap.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

jar=$WORK/jar
token=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=national&password=demo&_csrf=$token" "$BASE/login"
COOKIE="KKP_SESSION=$(awk '$6 == "KKP_SESSION" { print $7 }' "$jar")"
used() { jstat -gc "$PID" | awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc), $(date -u +%FT%TZ)"
echo "heap in use before the load: $(used) MB (max $(jcmd "$PID" VM.flags | grep -o 'MaxHeapSize=[0-9]*' | head -1 \
  | awk -F= '{ print $2 / 1048576 }') MB)"
jstat -gc "$PID" 200 | awk 'NR > 1 { printf "%.0f\n", ($3 + $4 + $6 + $8) / 1024; fflush() }' >"$WORK/heap" &
PIDS+=($!)
for path in / "/initiatives" "/initiatives?q=klub" "/events" "/dashboard" "/reports/2015" "/initiatives.csv" \
  "/settlements"; do
  wrk -t1 -c1 -d"${SECONDS_LOAD}s" -H "Cookie: $COOKIE" "$BASE$path" >"$WORK/wrk-${path//[^a-z]/_}" 2>&1 &
  PIDS+=($!)
done
sleep $(( SECONDS_LOAD / 2 ))
jcmd "$PID" GC.run >/dev/null
echo "after a full GC in the middle of the load (jcmd GC.run), load average $(cut -d' ' -f1 /proc/loadavg):"
echo "  jstat: $(used) MB in use"
jcmd "$PID" GC.heap_info | sed -n '2,3p' | sed 's/^/  /'
sleep $(( SECONDS_LOAD - SECONDS_LOAD / 2 + 1 ))
echo "highest heap in use during the load (garbage included): $(sort -n "$WORK/heap" | tail -1) MB"
echo "requests served: $(cat "$WORK"/wrk-* | awk '/requests in/ { n += $1 } END { print n }')," \
  "non-2xx: $(cat "$WORK"/wrk-* | awk '/Non-2xx/ { n += $NF } END { print n + 0 }')"

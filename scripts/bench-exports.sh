#!/bin/bash
# Times every CSV/XLSX/PDF export of a running portal (stress set loaded, see scripts/bench-all.sh) and shows that
# the list exports stream: per file the size, the time to the first byte and to the last (median and max of N
# runs, one at a time), then C downloads of each list export at once. With PORTAL_PID=<pid of the portal's JVM>
# it also samples the heap (jstat, every 0.2 s) and prints the highest heap in use and the heap after a full GC.
# Start the portal with a small heap to prove the exports need no more, e.g. -Xmx256m:
#   java -Xmx256m -jar target/portal-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo \
#        --portal.embedded-db.data-dir=/tmp/stress-pg --server.port=8097 &
#   PG=postgresql://postgres@127.0.0.1:$(sed -n 4p /tmp/stress-pg/postmaster.pid)/postgres PORTAL_PID=$! \
#        scripts/bench-exports.sh http://127.0.0.1:8097 [runs] [concurrent]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/portal-lib.sh
BASE=${1:-http://127.0.0.1:8097}
RUNS=${2:-5}
CONCURRENT=${3:-4}
: "${PG:?set PG to the portal database connection string}"
WORK=$(mktemp -d /tmp/bench-exports.XXXXXX)
SAMPLER=
cleanup() { [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

NATIONAL=$(session_cookie "$BASE" national)
EVENT=$(psql "$PG" -qAtc "SELECT event_id FROM event_attendance GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
PROGRAMME=$(psql "$PG" -qAtc "SELECT min(id) FROM programme WHERE id IN (SELECT programme_id FROM capacity_enrolment)" \
  2>/dev/null || true)
PROGRAMME=${PROGRAMME:-2}
rows() { psql "$PG" -qAtc "SELECT count(*) FROM $1"; }

if [ -n "${PORTAL_PID:-}" ]; then
  # used heap in MB = S0U + S1U + EU + OU (columns 3, 4, 6, 8 of jstat -gc), every 200 ms
  jstat -gc "$PORTAL_PID" 200 | awk 'NR > 1 { printf "%.0f\n", ($3 + $4 + $6 + $8) / 1024; fflush() }' \
    >"$WORK/heap" &
  SAMPLER=$!
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc), $(date -u +%FT%TZ)"
echo "rows: $(rows initiative) initiatives, $(rows organisation) organisations, $(rows community_worker) workers," \
  "$(rows settlement) settlements; sign-in sheet of event $EVENT ($(psql "$PG" -qAtc \
  "SELECT count(*) FROM event_attendance WHERE event_id = $EVENT") attendees), programme $PROGRAMME"
echo
echo "| export | bytes | first byte (median) | total median | total max | non-200 |"
echo "|---|---|---|---|---|---|"
EXPORTS=(/initiatives.csv /organisations.csv /workers.csv /settlements.csv /reports/2015.xlsx /reports/2015.csv
  /reports/2015.pdf /reports/2015/counties/02.pdf "/programmes/$PROGRAMME/report.pdf"
  "/programmes/$PROGRAMME/report.xlsx" "/events/$EVENT/sign-in-sheet.pdf" /open-data/good-practices.csv)
for path in "${EXPORTS[@]}"; do
  curl -s -o /dev/null -H "Cookie: KKP_SESSION=$NATIONAL" "$BASE$path" || true   # warm-up
  : >"$WORK/times"
  bad=0
  for _ in $(seq 1 "$RUNS"); do
    read -r code size first total < <(curl -s -o /dev/null -H "Cookie: KKP_SESSION=$NATIONAL" \
      -w '%{http_code} %{size_download} %{time_starttransfer} %{time_total}\n' "$BASE$path")
    [ "$code" = 200 ] || bad=$((bad + 1))
    echo "$first $total" >>"$WORK/times"
  done
  sort -n -k1 "$WORK/times" | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { print $1 }' >"$WORK/first"
  sort -n -k2 "$WORK/times" | awk -v n="$RUNS" 'NR == int((n + 1) / 2) { m = $2 } END { print m, $2 }' >"$WORK/total"
  read -r median max <"$WORK/total"
  printf '| `%s` | %s | %.0f ms | %.0f ms | %.0f ms | %s |\n' "$path" "$size" \
    "$(awk '{ print $1 * 1000 }' "$WORK/first")" "$(awk -v t="$median" 'BEGIN { print t * 1000 }')" \
    "$(awk -v t="$max" 'BEGIN { print t * 1000 }')" "$bad"
done

echo
echo "$CONCURRENT downloads at once of each list export:"
echo
echo "| export | slowest of $CONCURRENT | all 200 and complete |"
echo "|---|---|---|"
for path in /initiatives.csv /workers.csv /organisations.csv /settlements.csv; do
  started=$(date +%s%3N)
  pids=()
  for i in $(seq 1 "$CONCURRENT"); do
    curl -s -o "$WORK/c$i" -w '%{http_code}\n' -H "Cookie: KKP_SESSION=$NATIONAL" "$BASE$path" >"$WORK/code$i" &
    pids+=($!)
  done
  wait "${pids[@]}" || true
  ok=yes
  for i in $(seq 1 "$CONCURRENT"); do
    [ "$(cat "$WORK/code$i")" = 200 ] && cmp -s "$WORK/c1" "$WORK/c$i" || ok=no
  done
  printf '| `%s` | %s ms | %s |\n' "$path" "$(( $(date +%s%3N) - started ))" "$ok"
done

if [ -n "$SAMPLER" ]; then
  kill "$SAMPLER" 2>/dev/null; SAMPLER=
  echo
  echo "heap in use during the run (jstat, every 0.2 s, garbage included): highest $(sort -n "$WORK/heap" | tail -1) MB;" \
    "max heap $(jcmd "$PORTAL_PID" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -1 | awk -F= '{ print $2 / 1048576 }') MB"
  jcmd "$PORTAL_PID" GC.run >/dev/null
  echo "after a full GC (jcmd GC.run): $(jstat -gc "$PORTAL_PID" | awk 'NR == 2 { printf "%.0f MB in use", ($3 + $4 + $6 + $8) / 1024 }')"
fi

#!/bin/bash
# Start-up time of the packaged portal (demo profile, embedded PostgreSQL): first start on an empty data folder
# until /actuator/health says UP (demo data included: readiness turns UP only after the start-up runners),
# then a restart on the same folder. Per start it prints the wall time, the CPU time (user+sys of the JVM, of
# the processes it waited for such as initdb, and of the PostgreSQL server and its backends: a figure that does
# not depend on how loaded the machine is), how much of the JVM's CPU the main thread and the JIT compiler threads
# took, the load average, and when each phase ended (from the log).
#   scripts/bench-start.sh [port] [rounds]
# WAIT=<seconds> bounds each start (default 600; a machine under a load average of 30 needs far more).
# Build the jar first (./mvnw -B -o -q -DskipTests package); JAR=<path> starts another jar. JAVA_OPTS are added
# to the java command (default -Xmx512m, as in the README). CDS=<dir> starts the extracted jar of
# scripts/cds-archive.sh with its class data sharing archive instead (<dir>/portal.jar, <dir>/portal.jsa).
# Stops only the processes it started, by PID.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/portal-lib.sh
PORT=${1:-8097}
ROUNDS=${2:-1}
TICK=$(getconf CLK_TCK)
WORK=$(mktemp -d /tmp/bench-start.XXXXXX)
PORTAL_PID=
cleanup() {
  [ -n "$PORTAL_PID" ] && kill "$PORTAL_PID" 2>/dev/null && wait_exit "$PORTAL_PID" 120 >/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# cpu_ticks <pid>: user+sys of the process and of its children it has waited for.
cpu_ticks() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# thread_ticks <pid> <comm-regex>: user+sys of the JVM's live threads whose name matches (main: "java"; the JIT
# compilers: "C[12] CompilerThre"; compiler threads that ended before are not counted, so a lower bound).
thread_ticks() {
  local t total=0
  for t in /proc/"$1"/task/*; do
    grep -qE "^($2)" "$t/comm" 2>/dev/null && total=$(( total + $(awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
# postgres_ticks <data-dir>: the postmaster's CPU time plus that of its live children (backends, workers).
postgres_ticks() {
  local pm total=0 child
  pm=$(sed -n 1p "$1/postmaster.pid" 2>/dev/null) || { echo 0; return; }
  total=$(cpu_ticks "$pm")
  for child in $(ps -o pid= --ppid "$pm" 2>/dev/null); do total=$(( total + $(cpu_ticks "$child") )); done
  echo "$total"
}
# phase <log> <pattern> <start-ms>: seconds from the launch to the first log line matching the pattern.
phase() {
  local stamp
  stamp=$(grep -m1 -E "$2" "$1" | cut -c1-24) || true
  [ -n "$stamp" ] || { echo "-"; return; }
  awk -v t="$(date -d "$stamp" +%s%3N)" -v s="$3" 'BEGIN { printf "%.1f", (t - s) / 1000 }'
}

# one_start <label> <data-dir>: starts, waits for UP, prints one table row, stops (SIGTERM).
one_start() {
  local label=$1 data=$2 log="$WORK/$1.log" load_before started up java_ticks pg_ticks main_ticks jit_ticks
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  started=$(now_ms)
  java ${JAVA_OPTS:--Xmx512m} "${LAUNCH[@]}" --spring.profiles.active=demo --server.port="$PORT" \
    --portal.embedded-db.data-dir="$data" >"$log" 2>&1 &
  PORTAL_PID=$!
  up=$(wait_up "$PORT" "${WAIT:-600}") || { tail -30 "$log" >&2; return 1; }
  java_ticks=$(cpu_ticks "$PORTAL_PID")
  pg_ticks=$(postgres_ticks "$data")
  main_ticks=$(thread_ticks "$PORTAL_PID" 'java$')
  jit_ticks=$(thread_ticks "$PORTAL_PID" 'C[12] CompilerThre')
  printf '| %s | %.1f s | %.1f s | %.1f s | %.1f s | %.1f s | %s → %s | %s | %s | %s | %s | %s |\n' "$label" \
    "$(awk -v m="$(( $(now_ms) - started ))" 'BEGIN { print m / 1000 }')" \
    "$(awk -v t="$java_ticks" -v k="$TICK" 'BEGIN { print t / k }')" \
    "$(awk -v t="$pg_ticks" -v k="$TICK" 'BEGIN { print t / k }')" \
    "$(awk -v t="$main_ticks" -v k="$TICK" 'BEGIN { print t / k }')" \
    "$(awk -v t="$jit_ticks" -v k="$TICK" 'BEGIN { print t / k }')" \
    "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" \
    "$(phase "$log" 'Embedded PostgreSQL started' "$started")" \
    "$(phase "$log" 'Successfully applied|Schema .* is up to date' "$started")" \
    "$(phase "$log" 'Initialized JPA EntityManagerFactory' "$started")" \
    "$(phase "$log" 'Started PortalApplication' "$started")" \
    "$(phase "$log" 'Start-up data ready|Demo capacity-building' "$started")"
  kill "$PORTAL_PID"
  wait_exit "$PORTAL_PID" 120 >/dev/null
  PORTAL_PID=
}

LAUNCH=(-jar "$JAR")
if [ -n "${CDS:-}" ]; then
  LAUNCH=(-XX:SharedArchiveFile="$CDS/portal.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$CDS/portal.jar")
  JAR="$CDS/portal.jar (class data sharing: $CDS/portal.jsa)"
fi
echo "jar: $JAR, java: $(java -version 2>&1 | head -1), cores: $(nproc), $(date -u +%FT%TZ)"
echo
echo "| start | wall to UP | CPU JVM (+initdb) | CPU PostgreSQL | of the JVM: main thread | of the JVM: JIT compilers | load avg before → at UP | database connectable | Flyway done | JPA ready | context started | demo data done |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  data="$WORK/pg-$round"
  one_start "empty folder" "$data"
  one_start "restart" "$data"
done

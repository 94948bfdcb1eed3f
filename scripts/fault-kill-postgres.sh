#!/usr/bin/env bash
# Finding 1 (and 2's watchdog): are confirmed writes durable when the embedded PostgreSQL dies?
# Starts the packaged portal on a fresh data folder, then N times: creates an initiative through the form
# (signed in, CSRF), and right after the 302 kills the postmaster with SIGKILL. The portal notices, starts
# PostgreSQL again (health DOWN meanwhile), and the next round goes on. At the end it counts the survivors.
# Expect: N of N. Usage: scripts/fault-kill-postgres.sh [rounds=6] [port=8086]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-lib.sh
ROUNDS=${1:-6}; PORT=${2:-8086}; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/fault-kill-postgres.XXXX); DATA="$WORK/db"; LOG="$WORK/portal.log"; JAR_COOKIES="$WORK/cookies"
cleanup() { [ -n "${PORTAL_PID:-}" ] && kill "$PORTAL_PID" 2>/dev/null && wait_exit "$PORTAL_PID" 30 >/dev/null || true; }
trap cleanup EXIT

start_portal "$PORT" "$DATA" "$LOG"
echo "portal up after $(wait_up "$PORT" 600) ms (log: $LOG)"
PGPORT=$(embedded_port "$LOG"); SETTLEMENT=$(baranya_settlement "$PGPORT")
echo "embedded PostgreSQL on $PGPORT: synchronous_commit=$(sql "$PGPORT" 'SHOW synchronous_commit')" \
  "fsync=$(sql "$PGPORT" 'SHOW fsync') full_page_writes=$(sql "$PGPORT" 'SHOW full_page_writes')"
sign_in "$BASE" "$JAR_COOKIES"
PREFIX="Túlélő $(date +%s)"; CONFIRMED=0
for i in $(seq 1 "$ROUNDS"); do
  STATUS=$(create_initiative "$BASE" "$JAR_COOKIES" "$PREFIX #$i" "$SETTLEMENT")
  PID=$(head -1 "$DATA/postmaster.pid"); kill -9 "$PID"; KILLED=$(now_ms)
  [ "$STATUS" = 302 ] && CONFIRMED=$((CONFIRMED + 1))
  DOWN=$(curl -s -m 3 -o /dev/null -w '%{http_code}' "$BASE/actuator/health" || true)
  BACK=$(wait_up "$PORT" 60)
  echo "round $i: form answered $STATUS, postmaster $PID killed; health right after: $DOWN; UP again after ${BACK} ms"
done
PGPORT=$(embedded_port "$LOG")
SURVIVED=$(sql "$PGPORT" "SELECT count(*) FROM initiative WHERE title LIKE '$PREFIX #%'")
echo "RESULT: $SURVIVED of $CONFIRMED confirmed initiatives survived $ROUNDS kills of PostgreSQL"
echo "the signed-in user's list page answers $(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE/initiatives") without a portal restart"
[ "$SURVIVED" -eq "$CONFIRMED" ] && [ "$CONFIRMED" -eq "$ROUNDS" ]

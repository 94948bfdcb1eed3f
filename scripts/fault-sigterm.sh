#!/usr/bin/env bash
# Finding 3: SIGTERM while a request is in progress. A form is sent slowly (curl --limit-rate, about 6 s), the
# portal gets SIGTERM 1.5 s into it: the request must finish (302) and be saved, then the web server stops,
# then the embedded database. Also measures an idle stop (expected < 5 s).
# Usage: scripts/fault-sigterm.sh [port=8086]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-lib.sh
PORT=${1:-8086}; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/fault-sigterm.XXXX); DATA="$WORK/db"; JAR_COOKIES="$WORK/cookies"
cleanup() { [ -n "${PORTAL_PID:-}" ] && kill "$PORTAL_PID" 2>/dev/null && wait_exit "$PORTAL_PID" 60 >/dev/null || true; }
trap cleanup EXIT

start_portal "$PORT" "$DATA" "$WORK/first.log"
echo "UP after $(wait_up "$PORT" 600) ms"
PGPORT=$(embedded_port "$WORK/first.log"); SETTLEMENT=$(baranya_settlement "$PGPORT")
sign_in "$BASE" "$JAR_COOKIES"
TITLE="Lassú $(date +%s)"
TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/initiatives/new" | csrf_of)
TEXT=$(printf 'Szükségletfelmérés %.0s' $(seq 1 600))
curl -s -o /dev/null -w '%{http_code}' -m 60 --limit-rate 2K -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
  --data-urlencode "_csrf=$TOKEN" --data-urlencode "save=1" --data-urlencode "title=$TITLE" \
  --data-urlencode "primarySettlement=$SETTLEMENT" --data-urlencode "status=RUNNING" \
  --data-urlencode "startDate=2026-03-01" --data-urlencode "needAssessment=$TEXT" \
  "$BASE/initiatives/new" > "$WORK/slow.status" &
CURL=$!
sleep 1.5
kill -TERM "$PORTAL_PID"; SENT=$(now_ms)
wait "$CURL" || true
echo "request in progress answered $(cat "$WORK/slow.status") after SIGTERM"
EXITED=$(wait_exit "$PORTAL_PID" 60); echo "portal exited (measured from the end of the request): +$EXITED ms"
grep -o 'Commencing graceful shutdown.*\|Graceful shutdown complete\|Embedded PostgreSQL stopped ([0-9]* ms)' "$WORK/first.log"

start_portal "$PORT" "$DATA" "$WORK/second.log"
echo "UP again after $(wait_up "$PORT" 600) ms"
SAVED=$(sql "$(embedded_port "$WORK/second.log")" "SELECT count(*) FROM initiative WHERE title = '$TITLE'")
echo "RESULT: the request in progress at SIGTERM was saved: $SAVED of 1"
kill -TERM "$PORTAL_PID"; IDLE=$(wait_exit "$PORTAL_PID" 60); PORTAL_PID=
echo "RESULT: idle stop took $IDLE ms (expected < 5000)"
[ "$(cat "$WORK/slow.status")" = 302 ] && [ "$SAVED" -eq 1 ] && [ "$IDLE" -lt 5000 ]

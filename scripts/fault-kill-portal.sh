#!/usr/bin/env bash
# Finding 2: kill -9 of the portal leaves its embedded PostgreSQL running. The next start must find that
# orphaned server of its own data folder (postmaster.pid), stop it, and start; the confirmed write is there.
# Usage: scripts/fault-kill-portal.sh [port=8086]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-lib.sh
PORT=${1:-8086}; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/fault-kill-portal.XXXX); DATA="$WORK/db"; JAR_COOKIES="$WORK/cookies"
cleanup() { [ -n "${PORTAL_PID:-}" ] && kill "$PORTAL_PID" 2>/dev/null && wait_exit "$PORTAL_PID" 60 >/dev/null || true; }
trap cleanup EXIT

start_portal "$PORT" "$DATA" "$WORK/first.log"
echo "first start UP after $(wait_up "$PORT" 600) ms"
PGPORT=$(embedded_port "$WORK/first.log"); SETTLEMENT=$(baranya_settlement "$PGPORT")
sign_in "$BASE" "$JAR_COOKIES"
TITLE="Árva $(date +%s)"
echo "form answered $(create_initiative "$BASE" "$JAR_COOKIES" "$TITLE" "$SETTLEMENT")"
ORPHAN=$(head -1 "$DATA/postmaster.pid")
kill -9 "$PORTAL_PID"; wait_exit "$PORTAL_PID" 10 >/dev/null
kill -0 "$ORPHAN" && echo "portal killed; its PostgreSQL (pid $ORPHAN) is still running"

start_portal "$PORT" "$DATA" "$WORK/second.log"
echo "second start UP after $(wait_up "$PORT" 600) ms"
grep -o 'A PostgreSQL (pid [0-9]*) left running.*' "$WORK/second.log" | head -1
grep -o 'The orphaned PostgreSQL stopped ([0-9]* ms)' "$WORK/second.log" | head -1
kill -0 "$ORPHAN" 2>/dev/null && { echo "orphan still running"; exit 1; }
FOUND=$(sql "$(embedded_port "$WORK/second.log")" "SELECT count(*) FROM initiative WHERE title = '$TITLE'")
echo "RESULT: the initiative confirmed before the kill is there: $FOUND of 1"
[ "$FOUND" -eq 1 ]

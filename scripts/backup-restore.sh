#!/usr/bin/env bash
# Item 7: online backup of the embedded PostgreSQL while the portal runs and a user writes, restore into a fresh
# folder, start a second portal on it: every initiative confirmed before the backup ended is there.
# Usage: scripts/backup-restore.sh [port=8091] [second port=8092] [initiatives=10]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-lib.sh
PORT=${1:-8091}; PORT2=${2:-8092}; COUNT=${3:-10}; BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/backup-restore.XXXX); DATA="$WORK/db"; COOKIES="$WORK/cookies"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait_exit "$p" 60 >/dev/null || true; done; }
trap cleanup EXIT

start_portal "$PORT" "$DATA" "$WORK/live.log"; PIDS+=("$PORTAL_PID")
echo "live portal UP after $(wait_up "$PORT" 600) ms"
PGPORT=$(embedded_port "$WORK/live.log"); SETTLEMENT=$(baranya_settlement "$PGPORT")
sign_in "$BASE" "$COOKIES"
for i in $(seq 1 "$COUNT"); do create_initiative "$BASE" "$COOKIES" "Mentés előtt $i" "$SETTLEMENT" >/dev/null; done
# a writer keeps creating initiatives while the backup runs
( i=0; while [ ! -f "$WORK/stop" ] && [ $i -lt 200 ]; do i=$((i+1))
    [ "$(create_initiative "$BASE" "$COOKIES" "Mentés közben $i" "$SETTLEMENT")" = 302 ] && echo "$i" >>"$WORK/during"
  done ) & WRITER=$!
sleep 1
START=$(now_ms)
java -jar "$JAR" --portal.backup.to="$WORK/backup" --portal.embedded-db.data-dir="$DATA"
echo "backup command took $(( $(now_ms) - START )) ms (portal running, writer writing)"
CONFIRMED_BEFORE_END=$(wc -l <"$WORK/during" 2>/dev/null || echo 0)
touch "$WORK/stop"; wait "$WRITER" || true
java -jar "$JAR" --portal.restore.from="$WORK/backup" --portal.embedded-db.data-dir="$WORK/restored"
if java -jar "$JAR" --portal.restore.from="$WORK/backup" --portal.embedded-db.data-dir="$WORK/restored" 2>/dev/null; then
  echo "restore into a non-empty folder was not refused"; exit 1
fi
START=$(now_ms)
start_portal "$PORT2" "$WORK/restored" "$WORK/restored.log"; PIDS+=("$PORTAL_PID")
echo "restored portal UP after $(wait_up "$PORT2" 600) ms"
PG2=$(embedded_port "$WORK/restored.log")
BEFORE=$(sql "$PG2" "SELECT count(*) FROM initiative WHERE title LIKE 'Mentés előtt %'")
DURING=$(sql "$PG2" "SELECT count(*) FROM initiative WHERE title LIKE 'Mentés közben %'")
echo "RESULT: before the backup: $BEFORE of $COUNT; during it: $DURING in the backup ($CONFIRMED_BEFORE_END confirmed by the time the command ended, more came later)"
sign_in "http://127.0.0.1:$PORT2" "$WORK/cookies2" && echo "signed in on the restored portal"
[ "$BEFORE" -eq "$COUNT" ]

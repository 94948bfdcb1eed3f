#!/usr/bin/env bash
# Item 9: two portal instances behind nginx (deploy/nginx.conf, ports moved) on one external PostgreSQL (the
# machine's, 127.0.0.1:5432, a fresh database). Signs in through nginx, creates initiatives through the form in a
# bounded loop, kill -9 of one instance in the middle, goes on. Expected: the user stays signed in (no redirect to
# /login) and every initiative that got its 302 is in the database.
# Usage: scripts/two-instances.sh [writes=40] [port A=8091] [port B=8092] [nginx port=8093] [database=portal_two]
# Kills only the PIDs it started; every wait is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/portal-lib.sh
WRITES=${1:-40}; PA=${2:-8091}; PB=${3:-8092}; PN=${4:-8093}; DB=${5:-portal_two}
WORK=$(mktemp -d /tmp/two-instances.XXXX); COOKIES="$WORK/cookies"; BASE="http://127.0.0.1:$PN"
PIDS=(); NGINX_PID=
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait_exit "$p" 60 >/dev/null || true; done
}
trap cleanup EXIT
q() { psql -X -q -h 127.0.0.1 -p 5432 -U postgres -d "$DB" -Atc "$1"; }

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"; createdb -h 127.0.0.1 -U postgres "$DB"
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
for port in "$PA" "$PB"; do
  java -Xmx512m -jar "$JAR" --spring.profiles.active=demo --server.port="$port" \
    --portal.security.trusted-proxies=127.0.0.1,::1 >"$WORK/portal-$port.log" 2>&1 &
  PIDS+=("$!")
done
PID_A=${PIDS[0]}
echo "instance A ($PA) UP after $(wait_up "$PA" 600) ms; instance B ($PB) UP after $(wait_up "$PB" 600) ms"

sed -e "s/127.0.0.1:8086/127.0.0.1:$PA/; s/127.0.0.1:8087/127.0.0.1:$PB/; s/127.0.0.1:8088/127.0.0.1:$PN/" \
    -e "s#/tmp/portal-nginx#$WORK/nginx#g" \
    -e "s#access_log \([^;]*\);#log_format up '\$request_method \$status \$upstream_addr \$upstream_status'; access_log \1 up;#" \
    deploy/nginx.conf >"$WORK/nginx.conf"
nginx -p "$WORK" -c "$WORK/nginx.conf"
for _ in $(seq 1 50); do [ -s "$WORK/nginx.pid" ] && break; sleep 0.1; done
NGINX_PID=$(cat "$WORK/nginx.pid")
wait_up "$PN" 30 >/dev/null

SETTLEMENT=$(q "SELECT name FROM settlement WHERE county_code = '02' AND type = 'VILLAGE' ORDER BY id LIMIT 1")
sign_in "$BASE" "$COOKIES"
RUN=$(date +%s); OK=0; OTHER=0; KILLED_AT=
for i in $(seq 1 "$WRITES"); do
  if [ "$i" -eq $(( WRITES / 2 + 1 )) ]; then
    kill -9 "$PID_A"; KILLED_AT=$(now_ms); echo "write $i: kill -9 of instance A (pid $PID_A)"
  fi
  START=$(now_ms)
  STATUS=$(create_initiative "$BASE" "$COOKIES" "Két példány $RUN $i" "$SETTLEMENT" || echo 000)
  echo "$i $STATUS $(( $(now_ms) - START ))" >>"$WORK/writes"
  if [ "$STATUS" = 302 ]; then OK=$((OK+1)); echo "Két példány $RUN $i" >>"$WORK/confirmed"; else OTHER=$((OTHER+1)); echo "write $i: HTTP $STATUS"; fi
done
LANDING=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$COOKIES" "$BASE/initiatives")
CONFIRMED_IN_DB=0
while read -r title; do
  [ "$(q "SELECT count(*) FROM initiative WHERE title = '$title'")" -eq 1 ] && CONFIRMED_IN_DB=$((CONFIRMED_IN_DB+1))
done <"$WORK/confirmed"
ALL_IN_DB=$(q "SELECT count(*) FROM initiative WHERE title LIKE 'Két példány $RUN %'")
SLOWEST=$(sort -k3 -n "$WORK/writes" | tail -1)
echo "RESULT: $OK of $WRITES writes answered 302 ($OTHER other); $CONFIRMED_IN_DB of $OK confirmed writes in the database" \
     "($ALL_IN_DB rows of this run); after the kill /initiatives answers '$LANDING'; slowest write: #${SLOWEST}ms"
echo "nginx: answers by status: $(awk '{print $2}' "$WORK/nginx-access.log" | sort | uniq -c | tr -s ' ' | tr '\n' ';')" \
     "requests by instance: $(awk '{print $3}' "$WORK/nginx-access.log" | sort | uniq -c | tr -s ' ' | tr '\n' ';')"
case "$LANDING" in 200*) ;; *) echo "signed out or failing"; exit 1;; esac
[ "$CONFIRMED_IN_DB" -eq "$OK" ] && [ "$ALL_IN_DB" -eq "$OK" ]

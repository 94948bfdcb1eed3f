#!/bin/bash
# Runs wrk against every GET page of a running portal (scripts/bench-routes.txt) and prints one Markdown table:
# route, req/s, p50, p95, p99, non-2xx. Per route a warm-up, then the measured run, 8 connections.
#   scripts/bench-all.sh [base-url] [measure-seconds] [warmup-seconds]
# The portal must run with the demo profile (accounts national, baranya-coordinator, baranya-developer with the
# password demo). PG=<psql connection string of its database> is needed to find real ids; with LOAD_STRESS=1 the
# script first loads the stress set (scripts/stress-*.sql, a few minutes, idempotent) into that database.
# ROUTES=<extended regex> runs only the matching lines of the route list (e.g. ROUTES='api|open-data').
# WARM_ALL=<seconds> runs every route once for that long before the measured pass (see below).
# The API routes need the portal started with a per-token limit above the load, e.g.
# --portal.api.requests-per-minute=1000000.
# Example (embedded database of the packaged jar):
#   java -Xmx512m -jar target/portal-0.1.0-SNAPSHOT.jar --spring.profiles.active=demo \
#        --portal.embedded-db.data-dir=/tmp/stress-pg --server.port=8097 &
#   PG=postgresql://postgres@127.0.0.1:$(sed -n 4p /tmp/stress-pg/postmaster.pid)/postgres LOAD_STRESS=1 \
#        scripts/bench-all.sh http://127.0.0.1:8097
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/portal-lib.sh
BASE=${1:-http://127.0.0.1:8097}
SECONDS_MEASURED=${2:-15}
SECONDS_WARM=${3:-5}
: "${PG:?set PG to the portal database connection string}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

if [ "${LOAD_STRESS:-0}" = 1 ]; then
  for f in stress-data stress-initiatives stress-activities stress-audit stress-organisations stress-capacity; do
    echo "loading scripts/$f.sql" >&2
    psql "$PG" -q -v ON_ERROR_STOP=1 -f "scripts/$f.sql" >/dev/null
  done
  psql "$PG" -q -c "VACUUM ANALYZE" >/dev/null
fi

id_of() { psql "$PG" -qAtc "SELECT max(id) FROM $1"; }
INITIATIVE=$(id_of initiative); EVENT=$(id_of activity_event); VISIT=$(id_of exchange_visit)
SETTLEMENT=$(id_of settlement); WORKER=$(id_of community_worker); ORGANISATION=$(id_of organisation)
PRACTICE=$(psql "$PG" -qAtc "SELECT max(id) FROM practice WHERE status = 'ACCREDITED'")
PROGRAMME=$(psql "$PG" -qAtc "SELECT e.programme_id FROM capacity_enrolment e GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
ENROLMENT=$(id_of capacity_enrolment)
# The coordinator's routes need rows of Baranya (county 02), the coordinator's county: the newest of them.
BARANYA_INITIATIVE=$(psql "$PG" -qAtc "SELECT max(i.id) FROM initiative i JOIN settlement s ON s.id = i.primary_settlement_id
  WHERE s.county_code = '02'")
BARANYA_EVENT=$(psql "$PG" -qAtc "SELECT max(id) FROM activity_event WHERE county_code = '02'")

# An API token of the whole network, inserted directly (only its SHA-256 is stored), for the "token" routes.
API_TOKEN="kkp_bench_$(date +%s)"
psql "$PG" -qAtc "INSERT INTO api_token (name, token_hash, token_prefix, scope, created_by)
  VALUES ('benchmark $API_TOKEN', encode(sha256(convert_to('$API_TOKEN', 'UTF8')), 'hex'), left('$API_TOKEN', 10),
          'NETWORK', 'bench')" >/dev/null
declare -A COOKIE
COOKIE[national]=$(session_cookie "$BASE" national)
COOKIE[coordinator]=$(session_cookie "$BASE" baranya-coordinator)
COOKIE[developer]=$(session_cookie "$BASE" baranya-developer)

routes() { grep -v '^#' scripts/bench-routes.txt | grep -v '^$' | grep -E -- "${ROUTES:-.}"; }
# Fills in a route line's ids and prints "header-args|path" for wrk.
expand() {
  local who=$1 path=$2
  path=${path//\{baranya-initiative\}/$BARANYA_INITIATIVE}; path=${path//\{baranya-event\}/$BARANYA_EVENT}
  path=${path//\{initiative\}/$INITIATIVE}; path=${path//\{event\}/$EVENT}; path=${path//\{visit\}/$VISIT}
  path=${path//\{settlement\}/$SETTLEMENT}; path=${path//\{worker\}/$WORKER}; path=${path//\{practice\}/$PRACTICE}
  path=${path//\{organisation\}/$ORGANISATION}; path=${path//\{programme\}/$PROGRAMME}
  path=${path//\{enrolment\}/$ENROLMENT}
  path=${path//\{year\}/2015}
  printf '%s' "$path"
}
header_of() {
  local who=$1
  if [ "$who" = token ]; then printf '%s' "Authorization: Bearer $API_TOKEN"
  elif [ "$who" != anonymous ]; then printf '%s' "Cookie: KKP_SESSION=${COOKIE[$who]}"; fi
}

# WARM_ALL=<seconds>: first every route once for that long, unmeasured, so that the table shows a server whose
# code has been compiled (a restarted JVM otherwise measures its first routes while the JIT is still at work).
if [ "${WARM_ALL:-0}" != 0 ]; then
  routes | while read -r who path; do
    path=$(expand "$who" "$path"); header=$(header_of "$who")
    wrk -t2 -c8 -d"${WARM_ALL}s" ${header:+-H "$header"} "$BASE$path" >/dev/null 2>&1 || true
  done
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc), $(date -u +%FT%TZ)"
echo
echo "| route | who | req/s | p50 | p95 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|---|"
routes | while read -r who path; do
  path=$(expand "$who" "$path"); header=$(header_of "$who")
  wrk -t2 -c8 -d"${SECONDS_WARM}s" ${header:+-H "$header"} "$BASE$path" >/dev/null 2>&1 || true
  out=$(wrk -t2 -c8 -d"${SECONDS_MEASURED}s" -s scripts/wrk-percentiles.lua ${header:+-H "$header"} "$BASE$path" 2>&1)
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\)/\1/p' <<<"$out")
  non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\)/\1/p' <<<"$out")
  read -r p50 p95 p99 < <(sed -n 's/.*p50 \([0-9.]*\) ms, p95 \([0-9.]*\) ms, p99 \([0-9.]*\) ms.*/\1 \2 \3/p' <<<"$out")
  printf '| `%s` | %s | %s | %s ms | %s ms | %s ms | %s |\n' "$path" "$who" "${rps:-?}" "${p50:-?}" "${p95:-?}" \
    "${p99:-?}" "${non2xx:-0}"
done

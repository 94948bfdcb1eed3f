#!/bin/bash
# The annual report when its figures must be computed (the first view after a write): per round, raises the data
# version (as any committed write to a figure's source table does) and times one GET of /reports/<year> as the
# national office. With a second base URL it alternates between the two portals (A/B on one database: start the
# second jar with --spring.datasource.url=jdbc:postgresql://127.0.0.1:<port>/postgres of the first one's database).
# Start each portal with --portal.reports.refresh-delay=1h (no background recomputation between rounds) and, for
# the computation's own time, --logging.level.hu.kozossegi.portal.reporting.internal.AnnualReports=DEBUG (log line
# "Figures of <year> computed ... in N ms").
#   PG=<psql connection string> scripts/bench-computed-report.sh <base-url> [second-base-url] [rounds] [year]
# Prints "<base-url> <seconds>" per request; the first two rounds warm up and are not printed.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/portal-lib.sh
: "${PG:?set PG to the portal database connection string}"
A=$1; B=${2:-}; ROUNDS=${3:-10}; YEAR=${4:-2015}
declare -A COOKIE
for base in $A $B; do COOKIE[$base]=$(session_cookie "$base" national); done
for round in $(seq $((ROUNDS + 2))); do
  for base in $A $B; do
    psql "$PG" -qc "UPDATE report_data_version SET version = version + 1"
    t=$(curl -s -o /dev/null -w "%{time_total}" -b "KKP_SESSION=${COOKIE[$base]}" "$base/reports/$YEAR")
    [ "$round" -gt 2 ] && echo "$base $t"
    sleep 0.5
  done
done

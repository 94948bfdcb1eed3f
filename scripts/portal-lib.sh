# Shared helpers of the fault scripts (sourced, not run): start the packaged portal on loopback, sign in with
# curl (session cookie + CSRF token), create initiatives through the form, and stop only what was started.
# Every wait is bounded; every process is killed by its PID.

JAR=${JAR:-$(ls "$(dirname "${BASH_SOURCE[0]}")"/../target/portal-*.jar 2>/dev/null | grep -v original | head -1)}
USER_NAME=${USER_NAME:-baranya-coordinator}
USER_PASSWORD=${USER_PASSWORD:-demo}

now_ms() { date +%s%3N; }

# start_portal <port> <data-dir> <log> [extra args...]: starts the jar in the background, sets PORTAL_PID.
start_portal() {
  local port=$1 data=$2 log=$3; shift 3
  [ -f "$JAR" ] || { echo "no jar: build it with ./mvnw -DskipTests package" >&2; return 1; }
  java -Xmx512m -jar "$JAR" --spring.profiles.active=demo --server.port="$port" \
    --portal.embedded-db.data-dir="$data" "$@" >"$log" 2>&1 &
  PORTAL_PID=$!
}

# wait_up <port> <seconds>: waits until /actuator/health answers UP; prints the milliseconds it took.
wait_up() {
  local port=$1 limit=$2 start; start=$(now_ms)
  while [ $(( $(now_ms) - start )) -lt $(( limit * 1000 )) ]; do
    if curl -s -m 2 "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; then
      echo $(( $(now_ms) - start )); return 0
    fi
    sleep 0.2
  done
  echo "not UP within ${limit}s" >&2; return 1
}

# wait_exit <pid> <seconds>: waits until the process has ended; prints the milliseconds it took.
wait_exit() {
  local pid=$1 limit=$2 start; start=$(now_ms)
  while kill -0 "$pid" 2>/dev/null; do
    if [ $(( $(now_ms) - start )) -gt $(( limit * 1000 )) ]; then echo "still running after ${limit}s" >&2; return 1; fi
    sleep 0.05
  done
  echo $(( $(now_ms) - start ))
}

csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

# sign_in <base-url> <cookie-jar>: signs in as USER_NAME; fails unless redirected away from /login.
sign_in() {
  local base=$1 jar=$2 token location
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf_of)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$USER_NAME" \
    --data-urlencode "password=$USER_PASSWORD" --data-urlencode "_csrf=$token" "$base/login")
  case "$location" in *login*|"") echo "sign-in failed ($location)" >&2; return 1;; esac
}

# session_cookie <base-url> <user>: signs in as that demo user and prints the value of its session cookie
# (KKP_SESSION), for curl's -b or wrk's Cookie header.
session_cookie() {
  local jar
  jar=$(mktemp)
  USER_NAME=$2 sign_in "$1" "$jar" || { rm -f "$jar"; return 1; }
  awk '$6 == "KKP_SESSION" { print $7 }' "$jar"
  rm -f "$jar"
}

# create_initiative <base-url> <cookie-jar> <title> <settlement>: posts the form; prints the HTTP status.
create_initiative() {
  local base=$1 jar=$2 title=$3 settlement=$4 token
  token=$(curl -s -c "$jar" -b "$jar" "$base/initiatives/new" | csrf_of)
  curl -s -o /dev/null -w '%{http_code}' -m 30 -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" \
    --data-urlencode "save=1" --data-urlencode "title=$title" --data-urlencode "primarySettlement=$settlement" \
    --data-urlencode "status=RUNNING" --data-urlencode "startDate=2026-03-01" "$base/initiatives/new"
}

# embedded_port <log>: the embedded PostgreSQL's port, read from the portal's log.
embedded_port() { grep -o 'Embedded PostgreSQL started on port [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$'; }

# sql <port> <query>: runs a plain query with the machine's psql (15 reads an 18 server fine).
sql() { psql -X -q -h 127.0.0.1 -p "$1" -U postgres -d postgres -Atc "$2"; }

# a settlement of Baranya from the demo data
baranya_settlement() { sql "$1" "SELECT name FROM settlement WHERE county_code = '02' AND type = 'VILLAGE' ORDER BY id LIMIT 1"; }

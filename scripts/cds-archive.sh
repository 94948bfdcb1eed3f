#!/bin/bash
# Prepares a faster-starting copy of the packaged portal: the jar extracted (Spring Boot's `jarmode=tools
# extract`: the application jar plus lib/, which the JVM reads without the nested-jar launcher) and a class data
# sharing archive made by a training run (the JVM's AppCDS, JDK 13+: -XX:ArchiveClassesAtExit). The training run
# starts the portal (demo profile) on a throw-away embedded database, waits for UP (demo data included), opens a
# few pages signed in and stops it, so the archive holds the classes a start and the first requests load. Start the copy with:
#   java -XX:SharedArchiveFile=<dir>/portal.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar <dir>/portal.jar ...
# (same java, same jar: the JVM checks the archive against both and ignores it silently otherwise).
#   scripts/cds-archive.sh [jar] [dir]      defaults: target/portal-*.jar, target/cds
# Measured in docs/benchmarks.md ("Start-up"): about 45 % less CPU for a start than `java -jar`.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/portal-*.jar | grep -v original | head -1)}
DIR=${2:-target/cds}
[ -f "$JAR" ] || { echo "no jar: build it with ./mvnw -B -DskipTests package" >&2; exit 1; }
rm -rf "$DIR"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR"
mv "$DIR/$(basename "$JAR")" "$DIR/portal.jar"
TRAIN=$(mktemp -d /tmp/portal-cds-train.XXXXXX)
# The training run: the demo profile on a throw-away database (a free port), through the demo data and the
# first pages a user opens (sign-in, dashboard, a list, a detail page), then stopped (SIGTERM): the JVM writes
# the archive at exit. So the archive holds the classes of the context, of the start-up runners (the demo data on
# an empty folder) and of the first requests (Thymeleaf, the security filters), not only those of the refresh.
. scripts/portal-lib.sh
PORT=${CDS_TRAIN_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
java -XX:ArchiveClassesAtExit="$DIR/portal.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$DIR/portal.jar" \
  --spring.profiles.active=demo --server.port="$PORT" --portal.embedded-db.data-dir="$TRAIN/pg" \
  >"$TRAIN/train.log" 2>&1 &
TRAIN_PID=$!
trap 'kill "$TRAIN_PID" 2>/dev/null || true; wait_exit "$TRAIN_PID" 120 >/dev/null || true; rm -rf "$TRAIN"' EXIT
wait_up "$PORT" "${WAIT:-600}" >/dev/null || { tail -30 "$TRAIN/train.log" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT
COOKIES=$TRAIN/cookies
sign_in "$BASE" "$COOKIES" || { tail -30 "$TRAIN/train.log" >&2; exit 1; }
for page in / /initiatives /initiatives/1 /events /workers /settlements /organisations /reports; do
  curl -s -o /dev/null -m 60 -b "$COOKIES" "$BASE$page"
done
kill "$TRAIN_PID"
wait_exit "$TRAIN_PID" 120 >/dev/null
[ -s "$DIR/portal.jsa" ] || { echo "no archive written; the training run's log:" >&2; tail -30 "$TRAIN/train.log" >&2; exit 1; }
echo "$DIR/portal.jar with $(ls "$DIR/lib" | wc -l) libraries, archive $DIR/portal.jsa ($(du -h "$DIR/portal.jsa" | cut -f1))"
echo "start: java -XX:SharedArchiveFile=$DIR/portal.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $DIR/portal.jar"

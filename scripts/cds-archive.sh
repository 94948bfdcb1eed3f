#!/bin/bash
# Prepares a faster-starting copy of the packaged portal: the jar extracted (Spring Boot's `jarmode=tools
# extract`: the application jar plus lib/, which the JVM reads without the nested-jar launcher) and a class data
# sharing archive made by a training run (the JVM's AppCDS, JDK 13+: -XX:ArchiveClassesAtExit). The training run
# starts the portal on a throw-away embedded database until its context is refreshed
# (-Dspring.context.exit=onRefresh), so the archive holds the classes a start loads. Start the copy with:
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
trap 'rm -rf "$TRAIN"' EXIT
# A free port and a throw-away database; no demo data (the runners come after the refresh).
java -XX:ArchiveClassesAtExit="$DIR/portal.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -Dspring.context.exit=onRefresh -jar "$DIR/portal.jar" --server.port=0 \
  --portal.embedded-db.data-dir="$TRAIN/pg" >"$TRAIN/train.log" 2>&1 || { tail -30 "$TRAIN/train.log" >&2; exit 1; }
[ -s "$DIR/portal.jsa" ] || { echo "no archive written; the training run's log:" >&2; tail -30 "$TRAIN/train.log" >&2; exit 1; }
echo "$DIR/portal.jar with $(ls "$DIR/lib" | wc -l) libraries, archive $DIR/portal.jsa ($(du -h "$DIR/portal.jsa" | cut -f1))"
echo "start: java -XX:SharedArchiveFile=$DIR/portal.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $DIR/portal.jar"

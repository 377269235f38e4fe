#!/usr/bin/env bash
# Reproducible builds: packages every module twice from clean and compares the jars byte for byte.
# Every archive entry carries project.build.outputTimestamp (root pom), so two builds of the same
# commit with the same JDK must give identical jars.
#
#   .ci/check-reproducible.sh                      # library and tool jars, -Pquick (about 2 builds of a minute)
#   .ci/check-reproducible.sh -Dmaven.javadoc.skip=false -Dmaven.source.skip=false   # the -sources/-javadoc jars too
#
# Extra arguments go to both Maven runs. Exit code 1 and the differing entries when a jar differs.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {
    mvn -B -q -Pquick -DskipTests "$@" clean package >"$work/log" 2>&1 || { cat "$work/log"; exit 2; }
}

snapshot() {
    local into=$1
    mkdir -p "$into"
    for jar in */target/*.jar; do
        mkdir -p "$into/$(dirname "$jar")"
        cp "$jar" "$into/$jar"
    done
}

build "$@"
snapshot "$work/first"
build "$@"
snapshot "$work/second"

status=0
count=0
for jar in $(cd "$work/first" && ls */target/*.jar); do
    count=$((count + 1))
    if [[ ! -f "$work/second/$jar" ]]; then
        echo "MISSING in the second build: $jar"; status=1; continue
    fi
    if cmp -s "$work/first/$jar" "$work/second/$jar"; then
        echo "same       $jar"
    else
        echo "DIFFERENT  $jar"; status=1
        # Entry-level view (name, size, CRC, time) of what differs.
        diff <(unzip -v "$work/first/$jar" | awk 'NF >= 8 {print $1, $7, $5, $6, $8}') \
             <(unzip -v "$work/second/$jar" | awk 'NF >= 8 {print $1, $7, $5, $6, $8}') | head -20 || true
    fi
done
echo "$count jars compared"
exit $status

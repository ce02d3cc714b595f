#!/usr/bin/env bash
# Builds the jar when it is missing or older than the sources, then runs the pipeline.
# Usage: ./run.sh [--input DIR] [--output DIR] [--gold DIR] [--manifest FILE] ...   (./run.sh --help)
set -euo pipefail
cd "$(dirname "$0")"
jar=target/newsfacts.jar
if [ ! -f "$jar" ] || [ ! -d target/lib ] || [ -n "$(find pom.xml src -newer "$jar" -print -quit)" ]; then
  echo "Building $jar (first build downloads CoreNLP and its 474 MB models)..." >&2
  mvn -B -q -DskipTests package >&2
fi
# CoreNLP's NER, parser and SUTime need a few GiB of heap; stock CoreNLP with coref and KBP
# (the baseline) needs more. JAVA_OPTS overrides.
heap=-Xmx4g
[ "${1:-}" = baseline ] && heap=-Xmx10g
exec java ${JAVA_OPTS:-$heap -XX:+UseParallelGC} -jar "$jar" "$@"

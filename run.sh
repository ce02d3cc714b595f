#!/usr/bin/env bash
# Builds the jar when it is missing or older than the sources, then runs the pipeline.
# Usage: ./run.sh [--input DIR] [--output DIR] [--gold DIR] [--manifest FILE] ...   (./run.sh --help)
#        ./run.sh spark --input PATH --output DIR [--master URL] ...   (Apache Spark; ./run.sh spark --help)
# Paths given on the command line are relative to the folder you call it from; the defaults
# (seeds/, output/, gold/) are those of the project.
set -euo pipefail
caller=$PWD
cd "$(dirname "$0")"

# File names are decoded with the locale's charset: under LANG=C non-ASCII names would become
# U+FFFD and collide. Force a UTF-8 locale for the JVM when the caller's is not one.
case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
  *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
  *) export LC_ALL=C.UTF-8 ;;
esac

# Options that take a path: a relative value is made absolute against the caller's folder.
args=()
path_option=""
for arg in "$@"; do
  if [ -n "$path_option" ]; then
    # A URI (hdfs://..., file:/...) is left as it is.
    [ -n "$arg" ] && [ "${arg#/}" = "$arg" ] && [ "${arg#*:/}" = "$arg" ] && arg="$caller/$arg"
    path_option=""
  else
    case "$arg" in
      --input | --output | --gold | --manifest | --pred | --texts | --csv | --annotation-cache) path_option=$arg ;;
      --input=* | --output=* | --gold=* | --manifest=* | --pred=* | --texts=* | --csv=* | --annotation-cache=*)
        value=${arg#*=}
        [ -n "$value" ] && [ "${value#/}" = "$value" ] && arg="${arg%%=*}=$caller/$value" ;;
    esac
  fi
  args+=("$arg")
done

jar=target/newsfacts.jar
if [ ! -f "$jar" ] || [ ! -d target/lib ] || [ ! -d target/spark-lib ] || [ -n "$(find pom.xml src -newer "$jar" -print -quit)" ]; then
  echo "Building $jar (first build downloads CoreNLP and its 474 MB models)..." >&2
  mvn -B -q -DskipTests package >&2
fi
# CoreNLP's NER, parser and SUTime need a few GiB of heap; stock CoreNLP with coref and KBP
# (the baseline) needs more. JAVA_OPTS overrides.
heap=-Xmx4g
[ "${1:-}" = baseline ] && heap=-Xmx10g
if [ "${1:-}" = spark ]; then
  # Spark is not on the tool's class path (target/lib): it has its own, target/spark-lib. On Java 17
  # Spark needs the --add-opens flags its launcher adds (org.apache.spark.launcher.JavaModuleOptions).
  opens=$(sed -n 's:.*<spark.java17.opens>\(.*\)</spark.java17.opens>.*:\1:p' pom.xml)
  exec java ${JAVA_OPTS:-$heap -XX:+UseParallelGC} $opens -Dfile.encoding=UTF-8 \
    -cp "$jar:target/lib/*:target/spark-lib/*" newsfacts.spark.SparkMain "${args[@]:1}"
fi
# A run over a small folder is mostly model loading. There the JIT's first tier alone costs less
# CPU than also compiling with the optimising tier (seeds: 14 s instead of 21 s), and a heap sized
# up front spares the full collections the growing heap takes while the models load; objects that
# survive one young collection (700 MB of models, nearly all) go to the old generation at once
# instead of being copied between survivor spaces several times. Over more
# text the optimising tier pays for itself (200 articles: 20% less CPU), so larger inputs keep it.
# Same tables either way: Java 17 floating point is strict, whatever the JIT does. README, issue 19.
startup=""
if [ -z "${JAVA_OPTS:-}" ] && { [ $# -eq 0 ] || [ "${1#--}" != "$1" ]; }; then
  input=seeds
  for ((i = 0; i < ${#args[@]}; i++)); do
    case "${args[$i]}" in
      --input) input=${args[$((i + 1))]:-} ;;
      --input=*) input=${args[$i]#--input=} ;;
    esac
  done
  bytes=$(find "$input" -maxdepth 1 -type f -iname '*.txt' -printf '%s\n' 2>/dev/null | awk '{s += $1} END {print s + 0}')
  if [ "$bytes" -lt 262144 ]; then
    startup="-Xms3g -Xmn1536m -XX:MaxTenuringThreshold=0 -XX:MetaspaceSize=256m -XX:TieredStopAtLevel=1"
  fi
fi
# exec: SIGTERM goes to the JVM, whose shutdown hook removes the run's temporary tables.
exec java ${JAVA_OPTS:-$heap -XX:+UseParallelGC $startup} -Dfile.encoding=UTF-8 -jar "$jar" ${args[@]+"${args[@]}"}

#!/usr/bin/env bash
# Scoring throughput benchmark (JMH, one thread, long articles in four languages) and the
# whole-process time of `score` on one article (cold-start proxy). Figures go to docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests package test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
if [ "${1:-}" != "--cold-only" ]; then
  java -cp "$CP" io.signalcheck.bench.BenchMain
fi
echo
echo "whole-process 'score' on one article (JVM start + rule compilation + scoring), 10 runs:"
sample="$(mktemp --suffix=.txt)"
sed -n 's/^en\t//p' src/test/resources/bench/paragraphs.txt > "$sample"
times=()
for i in $(seq 1 10); do
  s=$(date +%s%N); java -jar target/signalcheck.jar score --json "$sample" >/dev/null; e=$(date +%s%N)
  times+=($(( (e - s) / 1000000 )))
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "  min %d ms, median %d ms, max %d ms\n", a[1], a[int((NR+1)/2)], a[NR]}'
rm -f "$sample"

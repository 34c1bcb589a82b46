#!/usr/bin/env bash
# Before/after CPU cost of the whole pipeline (and of attribution alone) on the four 256 KB corpus-prose
# articles: io.signalcheck.bench.WholeCpuMain with a "before" jar and with the current build, alternating per
# language and round, pinned to one CPU; keeps the best (lowest) figure of each cell, since other tenants of a
# shared machine only ever slow a run down. Longer windows than tools/ab-stages.sh, so steadier for the whole.
#   tools/ab-whole.sh BEFORE.jar [rounds] [seconds] [cpu]
# BEFORE.jar: a signalcheck.jar built from the commit to compare with (git worktree + mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
before="$1"; rounds="${2:-3}"; seconds="${3:-4}"; cpu="${4:-0}"
mvn -q -DskipTests package test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
deps="$(cat target/test-classpath.txt)"
out="$(mktemp)"
for _ in $(seq 1 "$rounds"); do
  for lang in en fr de es; do
    echo "before $(taskset -c "$cpu" java -cp "target/test-classes:$before:$deps" io.signalcheck.bench.WholeCpuMain "$lang" "$seconds")" >> "$out"
    echo "after $(taskset -c "$cpu" java -cp "target/test-classes:target/classes:$deps" io.signalcheck.bench.WholeCpuMain "$lang" "$seconds")" >> "$out"
  done
done
echo "best of $rounds runs, ms of thread CPU time per MB (corpus prose), CPU $cpu"
awk '{ k = $2 " " $1; if (!(k in a) || $4 < a[k]) a[k] = $4; if (!(k in w) || $6 < w[k]) w[k] = $6 }
  END {
    printf "%-4s %24s %34s\n", "", "attribution before -> after", "whole before -> after (MB/s)"
    split("en fr de es", langs, " ")
    for (i = 1; i <= 4; i++) { l = langs[i]
      printf "%-4s %10.2f -> %6.2f ms/MB %10.2f -> %6.2f ms/MB (%4.1f -> %4.1f)\n", l, a[l " before"], a[l " after"],
        w[l " before"], w[l " after"], 1000 / w[l " before"], 1000 / w[l " after"] }
  }' "$out"
rm -f "$out"

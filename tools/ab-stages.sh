#!/usr/bin/env bash
# Before/after throughput per stage on a shared, noisy machine: runs io.signalcheck.bench.StageCpuMain with a
# "before" jar and with the current build, alternately, pinned to one CPU, and keeps the best figure of each
# cell over the rounds (other tenants only ever slow a run down).
#   tools/ab-stages.sh BEFORE.jar [dense|corpus|FILE-with-{lang}] [rounds] [seconds-per-stage] [cpu]
# BEFORE.jar: a signalcheck.jar built from the commit to compare with (git worktree + mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
before="$1"; source="${2:-corpus}"; rounds="${3:-2}"; seconds="${4:-1}"; cpu="${5:-0}"
mvn -q -DskipTests package test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
deps="$(cat target/test-classpath.txt)"
a="$(mktemp)"; b="$(mktemp)"
for _ in $(seq 1 "$rounds"); do
  taskset -c "$cpu" java -cp "target/test-classes:$before:$deps" io.signalcheck.bench.StageCpuMain "$seconds" "$source" \
    | grep -E '^(en|fr|de|es) ' >> "$a"
  taskset -c "$cpu" java -cp "target/test-classes:target/classes:$deps" io.signalcheck.bench.StageCpuMain "$seconds" "$source" \
    | grep -E '^(en|fr|de|es) ' >> "$b"
done
echo "best of $rounds runs, MB/s of thread CPU time ($source), CPU $cpu"
printf '%-10s %8s %8s %8s %8s %8s %8s\n' "" extract language sentences signals attrib whole
for lang in en fr de es; do
  for side in before after; do
    f="$a"; [ "$side" = after ] && f="$b"
    grep "^$lang " "$f" | awk -v l="$lang" -v s="$side" '
      { for (i = 2; i <= 7; i++) if ($i > m[i]) m[i] = $i }
      END { printf "%-3s %-6s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f\n", l, s, m[2], m[3], m[4], m[5], m[6], m[7] }'
  done
done
rm -f "$a" "$b"

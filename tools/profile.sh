#!/usr/bin/env bash
# Where the scoring thread spends its CPU, per method, in steady state: Linux `perf` sampling the JVM, which
# writes a map of its compiled code at exit (-XX:+DumpPerfMapAtExit) so that perf can name the methods.
# JFR's method profiling misplaced samples here by whole methods (it credited Lexicon.candidatesOf, which runs
# once per distinct word, with 17 % of rule matching); perf with the map does not.
#   tools/profile.sh [lang] [stage: whole|signals|attrib] [seconds] [dense|corpus]
# Prints the hottest methods of the main thread (self time, inlined callees included), then each stage's share
# of the run by call stack. Needs `perf` (linux-tools); pinned to CPU 0; the first 18 s (JIT warm-up) are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
lang="${1:-en}"; stage="${2:-whole}"; seconds="${3:-30}"; text="${4:-corpus}"
command -v perf >/dev/null || { echo "perf is not installed (package linux-tools / linux-perf)" >&2; exit 2; }
mvn -q -DskipTests package test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
data="$(mktemp --suffix=.perf.data)"
taskset -c 0 perf record -q -g -D 18000 -e cpu-clock -F 1000 -o "$data" \
  java -XX:+PreserveFramePointer -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit -cp "$CP" \
  io.signalcheck.bench.StageLoopMain "$lang" "$stage" "$((seconds + 18))" "$text" >/dev/null
echo "hottest methods (self time, share of the main thread's samples):"
perf report -i "$data" --comm java --percentage relative --no-children -g none --sort symbol 2>/dev/null \
  | grep -v '^#' | grep -v '^$' | sed 's/ \+- \+- *$//' | head -25 | cut -c1-170 || true  # head closes the pipe
echo
echo "share of the main thread's samples with each stage on the stack:"
perf script -i "$data" --comm java 2>/dev/null | awk '
  /^java/ { if (n) tally(); n = 0; next }
  NF >= 2 { n++; frame[n] = $0; next }
  /^$/    { if (n) tally(); n = 0 }
  function tally(   i, s) {
    s = "other"
    for (i = 1; i <= n; i++) {
      if (frame[i] ~ /AttributionAnalyzer.analyze\(/) { s = "attribution"; break }
      if (frame[i] ~ /SignalDetector.detect\(/) { s = "signals"; break }
      if (frame[i] ~ /SentenceSplitter.split\(/) { s = "sentences"; break }
      if (frame[i] ~ /LanguageDetector.detect\(/) { s = "language"; break }
      if (frame[i] ~ /DocumentExtractor.extract\(/) { s = "extraction"; break }
    }
    count[s]++; total++
  }
  END { for (s in count) printf "  %-12s %5.1f %%\n", s, 100 * count[s] / total }' | sort -k2 -rn
rm -f "$data"   # the JVM's /tmp/perf-<pid>.map is left: small, and other tools read it too

package io.signalcheck.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Where in a sentence a match of a regex can start, from the words it requires: when every match of the
 * pattern's first items contains one of some literal words (read by {@link LiteralGate}) and those items hold at
 * most K runs of whitespace ({@link WhitespaceRuns}), a match starts at most K whitespace runs before an
 * occurrence of one of the words, and not after it. "two senior western officials said" can only start a few
 * words before "officials", instead of at any word of the sentence. A pattern of top-level branches
 * ({@code a|b|c}) has one such part per branch, and its windows are theirs together. The windows only narrow
 * where the regex is tried; what it finds there is unchanged. Immutable; the {@link Spans} a sentence fills are
 * not thread-safe.
 */
final class StartWindow {
    /** Windows wider than this many runs rarely exclude anything a start filter does not already. */
    static final int MAX_RUNS = 12;
    /** The same for windows around two-letter words. */
    static final int SHORT_WORD_MAX_RUNS = 2;

    /** One branch's words and bound. */
    private record Part(String[] needles, int[] ids, int maxRuns) {}

    private final Part[] parts;

    private StartWindow(Part[] parts) {
        this.parts = parts;
    }

    /** The windows of the pattern, or null when one of its top-level branches has none. */
    static StartWindow of(String regex, int flags) {
        List<String> branches = BranchFilter.split(regex);
        if (branches == null || branches.isEmpty()) {
            return null;
        }
        Part[] parts = new Part[branches.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = part(branches.get(i), flags);
            if (parts[i] == null) {
                return null;
            }
        }
        return new StartWindow(parts);
    }

    /**
     * The part of one branch that should exclude most starts, or null when no prefix of it has both words and
     * a bound. Short words occur everywhere and each run widens the window, so each prefix's rarest row is
     * valued by its shortest word squared over the width (a guess; any choice finds the same matches). Rows of
     * two-letter words count only for narrow windows (German "so" in ", so Müller" or "sagte|laut|so"): they
     * occur everywhere, but right after one they still bound where a match starts.
     */
    private static Part part(String regex, int flags) {
        List<int[]> bounds = WhitespaceRuns.prefixBounds(regex, flags);
        if (bounds == null) {
            return null;
        }
        String[] bestRow = null;
        int bestRuns = 0;
        double bestValue = 0;
        for (int i = 0; i < bounds.size(); i++) {
            int[] b = bounds.get(i);
            int runs = b[0];
            if (runs > MAX_RUNS) {
                break; // bounds only grow along the sequence
            }
            if (i + 1 < bounds.size() && bounds.get(i + 1)[0] == runs) {
                continue; // the longest prefix of a bound requires all its shorter ones require, and more
            }
            for (int minLiteral = 3; minLiteral >= (runs <= SHORT_WORD_MAX_RUNS ? 2 : 3); minLiteral--) {
                LiteralGate gate = LiteralGate.of(regex.substring(0, b[1]), minLiteral);
                if (gate.isOpen()) {
                    continue;
                }
                String[] row = gate.rarestRow();
                int shortest = Arrays.stream(row).mapToInt(String::length).min().orElse(0);
                double value = shortest * (double) shortest / (runs + 2);
                if (value > bestValue) {
                    bestRow = row;
                    bestRuns = runs;
                    bestValue = value;
                }
            }
        }
        if (bestRow == null) {
            return null;
        }
        int[] ids = new int[bestRow.length];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = NeedleMemo.idOf(bestRow[k]);
        }
        return new Part(bestRow, ids, bestRuns);
    }

    /** The words the windows are built around. */
    List<String> words() {
        List<String> out = new ArrayList<>();
        for (Part p : parts) {
            out.addAll(List.of(p.needles()));
        }
        return out;
    }

    /**
     * Fills {@code out} with the windows of the memo's sentence ({@code chars}, in matching form): sorted,
     * disjoint [lo, hi] ranges of possible starts; none when no word occurs.
     */
    void fill(NeedleMemo memo, char[] chars, Spans out) {
        out.count = 0;
        int n = 0;
        long[] ranges = out.scratch;
        for (Part p : parts) {
            for (int k = 0; k < p.needles().length; k++) {
                for (int o = memo.firstOccurrence(p.ids()[k], p.needles()[k]); o >= 0; o = memo.nextOccurrence(o)) {
                    if (n == ranges.length) {
                        ranges = out.scratch = Arrays.copyOf(ranges, n * 2);
                    }
                    int hi = memo.occurrenceStart(o);
                    ranges[n++] = (long) earliestStart(chars, hi, p.maxRuns()) << 32 | hi;
                }
            }
        }
        // by start, then merged where they touch or overlap
        Arrays.sort(ranges, 0, n);
        for (int k = 0; k < n; k++) {
            int lo = (int) (ranges[k] >>> 32);
            int hi = (int) ranges[k];
            if (out.count > 0 && lo <= out.hi[out.count - 1] + 1) {
                out.hi[out.count - 1] = Math.max(out.hi[out.count - 1], hi);
            } else {
                out.add(lo, hi);
            }
        }
    }

    /** The first index i such that chars[i, word) holds at most {@code maxRuns} runs of whitespace. */
    private static int earliestStart(char[] chars, int word, int maxRuns) {
        int runs = 0;
        int j = Math.min(word, chars.length) - 1;
        while (j >= 0) {
            if (WhitespaceRuns.isSpace(chars[j])) {
                if (runs == maxRuns) {
                    break;
                }
                runs++;
                while (j >= 0 && WhitespaceRuns.isSpace(chars[j])) {
                    j--;
                }
            } else {
                j--;
            }
        }
        return j + 1;
    }

    /** The windows of one sentence: reused from sentence to sentence by one finder. */
    static final class Spans {
        int[] lo = new int[8];
        int[] hi = new int[8];
        int count;
        private long[] scratch = new long[16];

        /**
         * As {@link StartFilter#find(Matcher, String, int, int, WordStarts)}, trying only the starts inside these
         * windows (filled for {@code sentence}): the first match at or after {@code from}.
         */
        boolean find(Matcher m, StartTest starts, String sentence, int from, int lastStart, WordStarts ws) {
            for (int k = 0; k < count; k++) {
                if (lo[k] > lastStart) {
                    return false;
                }
                int a = Math.max(lo[k], from);
                int b = Math.min(hi[k], lastStart);
                if (a <= b && StartFilter.firstFitMatch(m, sentence, a, b, starts, ws)) {
                    return true;
                }
            }
            return false;
        }

        private void add(int l, int h) {
            if (count == lo.length) {
                lo = Arrays.copyOf(lo, count * 2);
                hi = Arrays.copyOf(hi, count * 2);
            }
            lo[count] = l;
            hi[count] = h;
            count++;
        }
    }
}

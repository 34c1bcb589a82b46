package io.signalcheck.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Where in a sentence a match of a regex can start, from the words it requires: when every match of the
 * pattern's first items contains one of some literal words (read by {@link LiteralGate}) and those items hold at
 * most K runs of whitespace ({@link WhitespaceRuns}), a match starts at most K whitespace runs before an
 * occurrence of one of the words, and not after it. "two senior western officials said" can only start a few
 * words before "officials", instead of at any word of the sentence. A pattern of top-level branches
 * ({@code a|b|c}) has one such part per branch, and its windows are theirs together. The windows only narrow
 * where the regex is tried; what it finds there is unchanged. Immutable once its pack is built (bound to the
 * pack's scanner, {@link #bind}); the {@link Spans} a sentence fills are not thread-safe.
 */
final class StartWindow {
    /** Windows wider than this many runs rarely exclude anything a start filter does not already. */
    static final int MAX_RUNS = 14;
    /** The same for windows around two-letter words. */
    static final int SHORT_WORD_MAX_RUNS = 2;

    /** One branch's words, bound, and the punctuation its start cannot lie before ({@link WhitespaceRuns#stops}). */
    private record Part(String[] needles, int[] ids, int maxRuns, long stops, Chain chain) {
        Part(String[] needles, int[] ids, int maxRuns, long stops) {
            this(needles, ids, maxRuns, stops, null);
        }
    }

    /**
     * For a part read from the segment after the last of {@code commas} literal commas of a branch (the speech verb
     * after an apposition, "Müller, der Sprecher der Behörde, sagte"): the commas sit at known places before each
     * word (the segments between them cannot hold one), and the match starts in the head segment before the first,
     * within {@code headRuns} runs and after none of {@code headStops}.
     */
    private record Chain(int commas, int headRuns, long headStops) {}

    private static final long COMMA = 1L << ',';

    private final Part[] parts;
    /** The scanner that lists the places of each part's words, and each part's row there (see {@link #bind}). */
    private NeedleScanner rowScanner;
    private int[] partRows;

    private StartWindow(Part[] parts) {
        this.parts = parts;
    }

    /** Each part's words, as rows whose places a scanner lists ({@link NeedleScanner#of(Collection, List, List)}). */
    List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        for (Part p : parts) {
            out.add(p.needles().clone());
        }
        return out;
    }

    /**
     * Lets memos filled by {@code scanner} give each part's places in one list instead of a search per word (a part
     * may have 50 words, of which a sentence holds one or two). Called once, while the pack is built, with a scanner
     * that lists this window's {@link #rows}.
     */
    void bind(NeedleScanner scanner) {
        int[] rows = new int[parts.length];
        for (int p = 0; p < parts.length; p++) {
            rows[p] = scanner.rowIndex(parts[p].needles());
            if (rows[p] < 0) {
                throw new IllegalArgumentException("scanner does not list row " + List.of(parts[p].needles()));
            }
        }
        partRows = rows;
        rowScanner = scanner;
    }

    /** The windows of the pattern, or null when one of its top-level branches has none. */
    static StartWindow of(String regex, int flags) {
        List<String> branches = BranchFilter.split(regex);
        if (branches == null || branches.isEmpty()) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        for (String branch : branches) {
            Part p = part(branch, flags);
            List<Part> split = p != null ? List.of(p) : optionalGroupParts(branch, flags);
            if (split == null) {
                return null;
            }
            parts.addAll(split);
        }
        return new StartWindow(parts.toArray(Part[]::new));
    }

    /**
     * The parts of a branch with no window of its own because of an optional group, such as the apposition in
     * {@code {NAME}(?:,\s[^,]{2,90}+,)?\s+(?:said|...)}: a match either skips the group (the branch without
     * it has a window: the speech verb a few runs after the start) or goes through it (read with the group's
     * content in line, its commas located back from the verb: see {@link Chain}). Only the first top-level
     * optional group, only when it is a plain non-capturing sequence; null when either reading has no window.
     */
    private static List<Part> optionalGroupParts(String branch, int flags) {
        List<WhitespaceRuns.Prefix> items = WhitespaceRuns.prefixBounds(branch, flags);
        if (items == null) {
            return null;
        }
        int start = 0;
        for (WhitespaceRuns.Prefix item : items) {
            String text = branch.substring(start, item.end());
            if (text.startsWith("(")) {
                if (!text.startsWith("(?:") || !text.endsWith(")?")) {
                    start = item.end();
                    continue;
                }
                String inner = text.substring(3, text.length() - 2);
                if (WhitespaceRuns.prefixBounds(inner, flags) == null) {
                    return null; // an alternation inside: not read
                }
                Part skipped = part(branch.substring(0, start) + branch.substring(item.end()), flags);
                Part through = chainPart(branch.substring(0, start) + inner + branch.substring(item.end()), flags);
                return skipped == null || through == null ? null : List.of(skipped, through);
            }
            start = item.end();
        }
        return null;
    }

    /** The {@link Chain} part of a branch with top-level literal commas, or null when it has none that holds. */
    private static Part chainPart(String branch, int flags) {
        List<WhitespaceRuns.Prefix> items = WhitespaceRuns.prefixBounds(branch, flags);
        if (items == null) {
            return null;
        }
        List<int[]> commas = new ArrayList<>(); // [start, end) of each top-level literal comma in the pattern text
        int start = 0;
        for (WhitespaceRuns.Prefix item : items) {
            if (branch.substring(start, item.end()).equals(",")) {
                commas.add(new int[] {start, item.end()});
            }
            start = item.end();
        }
        if (commas.isEmpty()) {
            return null;
        }
        for (int i = 0; i + 1 < commas.size(); i++) {
            String between = branch.substring(commas.get(i)[1], commas.get(i + 1)[0]);
            if ((WhitespaceRuns.stops(between, flags) & COMMA) == 0) {
                return null; // a comma between two could be held there: which one is which is unknown
            }
        }
        Part tail = part(branch.substring(commas.get(commas.size() - 1)[1]), flags);
        if (tail == null || (tail.stops() & COMMA) == 0) {
            return null;
        }
        String head = branch.substring(0, commas.get(0)[0]);
        List<WhitespaceRuns.Prefix> headBounds = WhitespaceRuns.prefixBounds(head, flags);
        if (headBounds == null) {
            return null;
        }
        int headRuns = headBounds.isEmpty() ? 0 : headBounds.get(headBounds.size() - 1).runs();
        long headStops = headBounds.isEmpty() ? 0 : headBounds.get(headBounds.size() - 1).stops();
        if (headRuns > MAX_RUNS) {
            return null;
        }
        return new Part(tail.needles(), tail.ids(), tail.maxRuns(), tail.stops(),
                new Chain(commas.size(), headRuns, headStops));
    }

    /**
     * The part of one branch that should exclude most starts, or null when no prefix of it has both words and
     * a bound. Short words occur everywhere and each run widens the window, so each prefix's rarest row is
     * valued by its shortest word squared over the width (a guess; any choice finds the same matches). Rows of
     * two-letter words count only for narrow windows (German "so" in ", so Müller" or "sagte|laut|so"): they
     * occur everywhere, but right after one they still bound where a match starts.
     */
    private static Part part(String regex, int flags) {
        List<WhitespaceRuns.Prefix> bounds = WhitespaceRuns.prefixBounds(regex, flags);
        if (bounds == null) {
            return null;
        }
        String[] bestRow = null;
        int bestRuns = 0;
        long bestStops = 0;
        double bestValue = 0;
        for (int i = 0; i < bounds.size(); i++) {
            WhitespaceRuns.Prefix b = bounds.get(i);
            int runs = b.runs();
            if (runs > MAX_RUNS) {
                break; // bounds only grow along the sequence
            }
            if (i + 1 < bounds.size() && bounds.get(i + 1).runs() == runs) {
                continue; // the longest prefix of a bound requires all its shorter ones require, and more
            }
            for (int minLiteral = 3; minLiteral >= (runs <= SHORT_WORD_MAX_RUNS ? 2 : 3); minLiteral--) {
                LiteralGate gate = LiteralGate.of(regex.substring(0, b.end()), minLiteral);
                if (gate.isOpen()) {
                    continue;
                }
                String[] row = gate.rarestRow();
                int shortest = Arrays.stream(row).mapToInt(String::length).min().orElse(0);
                double value = shortest * (double) shortest / (runs + 2);
                if (value > bestValue) {
                    bestRow = row;
                    bestRuns = runs;
                    bestStops = b.stops();
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
        return new Part(bestRow, ids, bestRuns, bestStops);
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
        boolean listed = rowScanner != null && memo.scanner() == rowScanner;
        for (int pi = 0; pi < parts.length; pi++) {
            Part p = parts[pi];
            // listed: every place of the part's words in one chain (the ranges are sorted below, so their order
            // is free); otherwise one chain per word, searched
            int chains = listed ? 1 : p.needles().length;
            for (int k = 0; k < chains; k++) {
                int first = listed ? memo.firstRowOccurrence(partRows[pi])
                        : memo.firstOccurrence(p.ids()[k], p.needles()[k]);
                for (int o = first; o >= 0; o = memo.nextOccurrence(o)) {
                    if (n == ranges.length) {
                        ranges = out.scratch = Arrays.copyOf(ranges, n * 2);
                    }
                    long range = range(chars, memo.occurrenceStart(o), p);
                    if (range >= 0) {
                        ranges[n++] = range;
                    }
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

    /** The window of part {@code p} for its word at {@code hi}, as {@code lo << 32 | hi}, or -1 when it has none. */
    private static long range(char[] chars, int hi, Part p) {
        return p.chain() == null ? (long) earliestStart(chars, hi, p.maxRuns(), p.stops()) << 32 | hi
                : chainRange(chars, hi, p);
    }

    /**
     * The first index i such that chars[i, word) holds at most {@code maxRuns} runs of whitespace and none of the
     * chars in {@code stops} (bits by char, all below 64).
     */
    private static int earliestStart(char[] chars, int word, int maxRuns, long stops) {
        int runs = 0;
        int j = Math.min(word, chars.length) - 1;
        while (j >= 0) {
            char c = chars[j];
            if (c < 64 && (stops >>> c & 1) != 0) {
                break;
            }
            if (WhitespaceRuns.isSpace(c)) {
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

    /**
     * The window of a {@link Chain} part for its word at {@code word}, as {@code lo << 32 | hi}, or -1: the tail
     * holds no comma, so the last comma sits right before where the widest tail can begin; the segments between
     * commas hold none either, so each earlier one is the comma before; the start lies in the head before the first.
     */
    private static long chainRange(char[] chars, int word, Part p) {
        int tailStart = earliestStart(chars, word, p.maxRuns(), p.stops());
        int comma = tailStart - 1;
        if (comma < 0 || chars[comma] != ',') {
            return -1;
        }
        for (int hop = 1; hop < p.chain().commas(); hop++) {
            do {
                comma--;
            } while (comma >= 0 && chars[comma] != ',');
            if (comma < 0) {
                return -1;
            }
        }
        return (long) earliestStart(chars, comma, p.chain().headRuns(), p.chain().headStops()) << 32 | comma;
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

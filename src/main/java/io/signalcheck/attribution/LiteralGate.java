package io.signalcheck.attribution;

import io.signalcheck.text.CharCase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cheap pre-check in front of a regex: sets of literal words, read from the pattern itself, such that every
 * match contains at least one word of each set (one set per mandatory part of the top-level sequence: "people
 * ... said" needs a person word and a speech verb). A sentence (in lower case) that misses a set cannot match,
 * so the regex is not run there. When the pattern has no such words, or uses syntax this reader does not follow,
 * the gate always opens: it can make matching faster, never different.
 */
final class LiteralGate {
    /** Shorter literals are too common to filter anything. */
    private static final int MIN_LITERAL = 3;
    private static final LiteralGate OPEN = new LiteralGate(null);

    /** Each row: words one of which every match contains; most selective row first. */
    private final String[][] needles;

    /** Per needle, the {@link #pairs} bits of its adjacent char pairs: a sentence lacking one cannot hold it. */
    private final long[][][] needlePairs;
    /** Per needle, its {@link NeedleMemo#idOf} number. */
    private final int[][] needleIds;
    /** The scanner that answers for this gate's rows as wholes, and their numbers there (see {@link #bind}). */
    private NeedleScanner rowScanner;
    private int[] rowIds;

    private LiteralGate(String[][] needles) {
        this.needles = needles;
        if (needles == null) {
            this.needlePairs = null;
            this.needleIds = null;
            return;
        }
        this.needlePairs = new long[needles.length][][];
        this.needleIds = new int[needles.length][];
        for (int r = 0; r < needles.length; r++) {
            needlePairs[r] = new long[needles[r].length][];
            needleIds[r] = new int[needles[r].length];
            for (int w = 0; w < needles[r].length; w++) {
                needlePairs[r][w] = pairs(needles[r][w]);
                needleIds[r][w] = NeedleMemo.idOf(needles[r][w]);
            }
        }
    }

    /**
     * The adjacent char pairs of {@code s}, hashed into 256 bits. A word whose pair bits are not all set in a
     * sentence's bits does not occur in it, which rejects most gate words without a substring search.
     */
    static long[] pairs(String s) {
        long[] bits = new long[4];
        for (int i = 1; i < s.length(); i++) {
            int h = ((s.charAt(i - 1) * 31) ^ s.charAt(i)) & 255;
            bits[h >> 6] |= 1L << h;
        }
        return bits;
    }

    /** As {@link #lastStart(String)}, with {@code sentencePairs} = {@link #pairs}({@code lowerSentence}). */
    int lastStart(String lowerSentence, long[] sentencePairs) {
        if (needles == null) {
            return lowerSentence.length();
        }
        for (int r = 0; r < needles.length; r++) {
            if (!containsAny(lowerSentence, needles[r], needlePairs[r], sentencePairs)) {
                return -1;
            }
        }
        return lastOccurrence(lowerSentence, sentencePairs);
    }

    /** The rows of this gate, for a scanner to answer for as wholes (none for an open gate). */
    List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        if (needles != null) {
            for (String[] row : needles) {
                out.add(row.clone());
            }
        }
        return out;
    }

    /**
     * Lets memos filled by {@code scanner} answer this gate with one read per row. Called once, while the pack
     * is built, with the scanner built from this gate's {@link #rows}.
     */
    void bind(NeedleScanner scanner) {
        if (needles == null) {
            return;
        }
        int[] ids = new int[needles.length];
        for (int r = 0; r < needles.length; r++) {
            ids[r] = scanner.rowIndex(needles[r]);
            if (ids[r] < 0) {
                throw new IllegalArgumentException("scanner does not track row " + List.of(needles[r]));
            }
        }
        rowIds = ids;
        rowScanner = scanner;
    }

    /** Whether memos filled by {@code scanner} answer this gate by rows. */
    boolean isBoundTo(NeedleScanner scanner) {
        return rowScanner == scanner;
    }

    /** As {@link #lastStart(String)}, for the memo's sentence: each word searched at most once per sentence. */
    int lastStart(NeedleMemo memo) {
        if (needles == null) {
            return memo.length();
        }
        if (rowScanner != null && memo.scanner() == rowScanner) {
            for (int r = 1; r < rowIds.length; r++) {
                if (memo.rowLast(rowIds[r]) < 0) {
                    return -1;
                }
            }
            return memo.rowLast(rowIds[0]);
        }
        // rows after the first only need one word present; the first row also gives the last start
        for (int r = 1; r < needles.length; r++) {
            if (!anyPresent(memo, r)) {
                return -1;
            }
        }
        int last = -1;
        for (int k = 0; k < needles[0].length; k++) {
            last = Math.max(last, memo.lastOf(needleIds[0][k], needles[0][k]));
        }
        return last;
    }

    private boolean anyPresent(NeedleMemo memo, int row) {
        for (int k = 0; k < needles[row].length; k++) {
            if (memo.lastOf(needleIds[row][k], needles[row][k]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #lastOccurrence(String)}, skipping the words whose char pairs the sentence lacks. */
    private int lastOccurrence(String lowerSentence, long[] sentencePairs) {
        int last = -1;
        String[] row = needles[0];
        long[][] rowPairs = needlePairs[0];
        for (int k = 0; k < row.length; k++) {
            if (!hasPairs(rowPairs[k], sentencePairs)) {
                continue;
            }
            String w = row[k];
            for (int i = lowerSentence.indexOf(w); i >= 0; i = lowerSentence.indexOf(w, i + 1)) {
                last = Math.max(last, i);
            }
        }
        return last;
    }

    static boolean hasPairs(long[] w, long[] sentencePairs) {
        return (w[0] & ~sentencePairs[0]) == 0 && (w[1] & ~sentencePairs[1]) == 0
                && (w[2] & ~sentencePairs[2]) == 0 && (w[3] & ~sentencePairs[3]) == 0;
    }

    private static boolean containsAny(String s, String[] words, long[][] wordPairs, long[] sentencePairs) {
        for (int i = 0; i < words.length; i++) {
            if (hasPairs(wordPairs[i], sentencePairs) && s.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    static LiteralGate of(String regex) {
        return of(regex, MIN_LITERAL);
    }

    /**
     * As {@link #of(String)}, with literals of {@code minLiteral} chars or more: shorter ones filter few
     * sentences, but where a match must start can still be read from them ({@link StartWindow}).
     */
    static LiteralGate of(String regex, int minLiteral) {
        try {
            List<Set<String>> all = new Reader(regex, minLiteral).topLevel();
            all.removeIf(s -> s == null || s.isEmpty());
            if (all.isEmpty()) {
                return OPEN;
            }
            all.sort((a, b) -> Double.compare(Reader.score(b), Reader.score(a)));
            return new LiteralGate(all.stream().map(s -> s.toArray(String[]::new)).toArray(String[][]::new));
        } catch (RuntimeException unreadable) {
            return OPEN;
        }
    }

    /** False only when the regex cannot match {@code lowerSentence} (the sentence, lower-cased char by char). */
    boolean mayMatch(String lowerSentence) {
        if (needles == null) {
            return true;
        }
        for (String[] row : needles) {
            if (!containsAny(lowerSentence, row)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last offset where a match can start in {@code lowerSentence}, or -1 when the regex cannot match there:
     * a match contains a word of the most selective row, so it starts at or before that word's last occurrence.
     */
    int lastStart(String lowerSentence) {
        if (!mayMatch(lowerSentence)) {
            return -1;
        }
        if (needles == null) {
            return lowerSentence.length();
        }
        return lastOccurrence(lowerSentence);
    }

    /** The last offset of a word of the most selective row (the gate is known to open). */
    private int lastOccurrence(String lowerSentence) {
        int last = -1;
        for (String w : needles[0]) {
            // forward indexOf is an intrinsic; lastIndexOf is not, and costs more even on short sentences
            for (int i = lowerSentence.indexOf(w); i >= 0; i = lowerSentence.indexOf(w, i + 1)) {
                last = Math.max(last, i);
            }
        }
        return last;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isOpen() {
        return needles == null;
    }

    /** Every word of every row (none for an open gate). */
    List<String> words() {
        List<String> out = new ArrayList<>();
        if (needles != null) {
            for (String[] row : needles) {
                out.addAll(List.of(row));
            }
        }
        return out;
    }

    /**
     * The row whose shortest word is longest (then the row of fewest words): short words occur everywhere, so this
     * is the row whose occurrences are likely rarest. Only for a gate that is not open.
     */
    String[] rarestRow() {
        String[] best = needles[0];
        for (String[] row : needles) {
            int a = shortest(row);
            int b = shortest(best);
            if (a > b || (a == b && row.length < best.length)) {
                best = row;
            }
        }
        return best.clone();
    }

    private static int shortest(String[] row) {
        int min = Integer.MAX_VALUE;
        for (String w : row) {
            min = Math.min(min, w.length());
        }
        return min;
    }

    /** The most selective row: every match contains one of these words (only for a gate that is not open). */
    String[] firstRow() {
        return needles[0].clone();
    }

    /** Lower case char by char, so that offsets do not move (what {@link #mayMatch} expects). */
    static String lower(String s) {
        return new String(CharCase.lowerCased(s));
    }

    /**
     * Recursive reader computing, for each part of the regex, a set of strings one of which any match contains,
     * or null when nothing is required. Sequence: the best required set of its mandatory parts; alternation: the
     * union of its branches (null if one branch requires nothing); optional parts and lookarounds require nothing.
     */
    private static final class Reader {
        private final String re;
        private final int minLiteral;
        private int pos;

        Reader(String re, int minLiteral) {
            this.re = re;
            this.minLiteral = minLiteral;
        }

        /**
         * Every required set of the top-level sequence when the pattern is one sequence (each must be met), else
         * the single set of the alternation.
         */
        List<Set<String>> topLevel() {
            List<Set<String>> all = new ArrayList<>();
            sequence(all);
            if (pos >= re.length()) {
                return all;
            }
            pos = 0;
            List<Set<String>> one = new ArrayList<>();
            Set<String> union = alternation();
            if (union != null) {
                one.add(union);
            }
            return one;
        }

        Set<String> alternation() {
            Set<String> union = new LinkedHashSet<>();
            boolean open = false;
            while (true) {
                Set<String> branch = sequence(new ArrayList<>());
                if (branch == null) {
                    open = true;
                } else {
                    union.addAll(branch);
                }
                if (pos < re.length() && re.charAt(pos) == '|') {
                    pos++;
                    continue;
                }
                return open ? null : union;
            }
        }

        /** The best required set of the sequence; all of its required sets are added to {@code required}. */
        private Set<String> sequence(List<Set<String>> required) {
            StringBuilder run = new StringBuilder();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                char c = re.charAt(pos);
                Set<String> atom;
                Character literal = null;
                if (c == '(') {
                    atom = group();
                } else if (c == '[') {
                    pos = RegexText.classEnd(re, pos);
                    atom = null;
                } else if (c == '\\') {
                    literal = escape();
                    atom = null;
                } else if (c == '.' || c == '^' || c == '$') {
                    pos++;
                    atom = null;
                } else {
                    pos++;
                    literal = c;
                    atom = null;
                }
                int min = quantifierMin();
                if (literal != null && min == 1) {
                    run.append(Character.toLowerCase(literal));
                    continue;
                }
                flush(run, required);
                if (literal != null && min >= 1) {
                    run.append(Character.toLowerCase(literal));
                }
                if (atom != null && min >= 1) {
                    required.add(atom);
                }
            }
            flush(run, required);
            Set<String> best = null;
            for (Set<String> r : required) {
                if (best == null || score(r) > score(best)) {
                    best = r;
                }
            }
            return best;
        }

        /** Prefer few, long needles: they filter more sentences. */
        static double score(Set<String> s) {
            int shortest = s.stream().mapToInt(String::length).min().orElse(0);
            return shortest / (double) s.size();
        }

        private void flush(StringBuilder run, List<Set<String>> required) {
            if (run.length() >= minLiteral) {
                required.add(Set.of(run.toString().toLowerCase(Locale.ROOT)));
            }
            run.setLength(0);
        }

        private Set<String> group() {
            pos++; // (
            boolean zeroWidth = false;
            if (re.startsWith("?", pos)) {
                if (re.startsWith("?:", pos)) {
                    pos += 2;
                } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                    pos += 2;
                    zeroWidth = true;
                } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                    pos += 3;
                    zeroWidth = true;
                } else if (re.startsWith("?<", pos)) {
                    int close = re.indexOf('>', pos);
                    pos = close + 1;
                } else {
                    // inline flags like (?-i: or (?i:
                    int colon = re.indexOf(':', pos);
                    String flags = re.substring(pos + 1, colon);
                    if (!flags.matches("[-imsuxU]*")) {
                        throw new IllegalArgumentException("unsupported group");
                    }
                    pos = colon + 1;
                }
            }
            Set<String> inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new IllegalArgumentException("unbalanced");
            }
            pos++;
            return zeroWidth ? null : inner;
        }

        /** A literal char for escaped punctuation; null for classes, anchors and properties (\s, \b, \p{L}). */
        private Character escape() {
            char e = re.charAt(pos + 1);
            pos += 2;
            if (e == 'p' || e == 'P') {
                if (pos < re.length() && re.charAt(pos) == '{') {
                    pos = re.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
                return null;
            }
            if (Character.isLetterOrDigit(e)) {
                if (e == 'Q' || e == 'k' || e == 'x' || e == 'u' || e == 'c' || e == '0' || e == 'N') {
                    throw new IllegalArgumentException("unsupported escape");
                }
                return null;
            }
            return e;
        }

        /** Minimum repetition of the atom just read (1 when no quantifier); consumes the quantifier. */
        private int quantifierMin() {
            if (pos >= re.length()) {
                return 1;
            }
            char c = re.charAt(pos);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                pos++;
            } else if (c == '+') {
                min = 1;
                pos++;
                return lazyOrPossessive(2);
            } else if (c == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
                int close = re.indexOf('}', pos);
                String body = re.substring(pos + 1, close);
                min = Integer.parseInt(body.split(",", -1)[0]);
                pos = close + 1;
                // a repeated literal is no longer one run: report it as a separate atom
                lazyOrPossessive(0);
                return min == 0 ? 0 : 2;
            } else {
                return 1;
            }
            lazyOrPossessive(0);
            return min;
        }

        /** Consumes a lazy/possessive suffix; returns {@code value} (2 = mandatory but not a plain run). */
        private int lazyOrPossessive(int value) {
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++;
            }
            return value;
        }
    }
}

package io.signalcheck.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link LiteralGate} and a {@link StartFilter} for each top-level branch of a regex {@code a|b|c}. The whole
 * pattern's filters must allow the starts of every branch, so one branch without words (German
 * {@code ,\s*so\s+{NAME}}) leaves the whole rule ungated, and a branch beginning with {NAME} makes every capital
 * a start. Per sentence, only the branches whose gate opens are live; a position is tried when some live branch
 * can start there. A dead branch cannot match anywhere in the sentence, so the result is that of
 * {@code Matcher.find}: a match found by the full regex at a position is a match of one live branch there.
 */
final class BranchFilter {
    private final LiteralGate[] gates;
    private final StartFilter[] starts;

    private BranchFilter(LiteralGate[] gates, StartFilter[] starts) {
        this.gates = gates;
        this.starts = starts;
    }

    /** Null when the regex has a single top-level branch or syntax this splitter does not follow. */
    static BranchFilter of(Pattern pattern) {
        return of(pattern, false);
    }

    /** As {@link #of(Pattern)}; with {@code automata}, each branch's start filter walks its automaton too. */
    static BranchFilter of(Pattern pattern, boolean automata) {
        List<String> branches = split(pattern.pattern());
        if (branches == null || branches.size() < 2) {
            return null;
        }
        LiteralGate[] gates = new LiteralGate[branches.size()];
        StartFilter[] starts = new StartFilter[branches.size()];
        for (int i = 0; i < gates.length; i++) {
            String b = branches.get(i);
            try {
                Pattern.compile(b, pattern.flags());
            } catch (RuntimeException notAlone) {
                return null;
            }
            gates[i] = LiteralGate.of(b);
            starts[i] = automata ? StartFilter.withAutomaton(b) : StartFilter.of(b);
        }
        return new BranchFilter(gates, starts);
    }

    /** The gate of each branch. */
    List<LiteralGate> gates() {
        return List.of(gates);
    }

    /** Every gate word of every branch. */
    List<String> words() {
        List<String> out = new ArrayList<>();
        for (LiteralGate g : gates) {
            out.addAll(g.words());
        }
        return out;
    }

    /**
     * The branches that may match {@code lowerSentence} and the last start any of them can have, or null when
     * none can match. {@code lastStart} bounds the result (the whole pattern's gate).
     */
    Live live(String lowerSentence, int lastStart) {
        return live(new NeedleMemo().on(lowerSentence), lastStart);
    }

    /** As {@link #live(String, int)}, for the memo's sentence. */
    Live live(NeedleMemo memo, int lastStart) {
        StartFilter[] alive = new StartFilter[starts.length];
        int n = 0;
        int last = -1;
        for (int i = 0; i < starts.length; i++) {
            int l = gates[i].lastStart(memo);
            if (l >= 0) {
                alive[n++] = starts[i];
                last = Math.max(last, l);
            }
        }
        last = Math.min(last, lastStart);
        return n == 0 || last < 0 ? null : new Live(alive, n, last);
    }

    /** The live branches of one sentence. */
    static final class Live implements StartTest {
        private final StartFilter[] starts;
        private final int count;
        final int lastStart;
        private final boolean wordStartsOnly;
        /** The ASCII chars some live branch may begin with; null when a live branch is open (may begin anywhere). */
        private final long[] firstChars;

        private Live(StartFilter[] starts, int count, int lastStart) {
            this.starts = starts;
            this.count = count;
            this.lastStart = lastStart;
            boolean all = true;
            long[] first = new long[2];
            for (int k = 0; k < count; k++) {
                all &= starts[k].onlyAtWordStarts();
                long[] f = starts[k].firstChars();
                if (f == null) {
                    first = null;
                } else if (first != null) {
                    first[0] |= f[0];
                    first[1] |= f[1];
                }
            }
            this.wordStartsOnly = all;
            this.firstChars = first;
        }

        /** As {@link StartFilter#find(Matcher, String, int, int)}, trying only where a live branch can start. */
        boolean find(Matcher m, String text, int from) {
            return find(m, text, from, null);
        }

        /** As {@link #find(Matcher, String, int)}; {@code words}, when given, lists the word starts of {@code text}. */
        boolean find(Matcher m, String text, int from, WordStarts words) {
            int n = text.length();
            if (from > n || from > lastStart) {
                return false;
            }
            return StartFilter.firstFitMatch(m, text, from, lastStart, this, words);
        }

        @Override
        public boolean onlyAtWordStarts() {
            return wordStartsOnly;
        }

        @Override
        public boolean fits(char[] text, int i) {
            // one bit test rejects most positions (the clause-break list tries every char: only ";" and the first
            // letters of the break words present in the sentence can start a match)
            if (firstChars != null && i < text.length) {
                char c = text[i];
                if (c < 128 && (firstChars[c >> 6] & (1L << c)) == 0) {
                    return false;
                }
            }
            for (int k = 0; k < count; k++) {
                if (starts[k].fits(text, i)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The top-level branches of {@code re}, or null when it uses syntax whose split is not plain: quoting,
     * inline flags at top level (they would reach into later branches), back-references.
     */
    static List<String> split(String re) {
        if (re.contains("\\Q") || re.contains("\\k") || hasNumberedBackReference(re)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        int depth = 0;
        int classDepth = 0;
        int begin = 0;
        for (int i = 0; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (classDepth > 0) {
                if (c == '[') {
                    classDepth++;
                } else if (c == ']') {
                    classDepth--;
                }
                continue;
            }
            switch (c) {
                case '[' -> classDepth = 1;
                case '(' -> {
                    if (depth == 0 && re.startsWith("(?", i) && isFlagGroup(re, i + 2)) {
                        return null;
                    }
                    depth++;
                }
                case ')' -> depth--;
                case '|' -> {
                    if (depth == 0) {
                        out.add(re.substring(begin, i));
                        begin = i + 1;
                    }
                }
                default -> { }
            }
            if (depth < 0) {
                return null;
            }
        }
        if (depth != 0 || classDepth != 0) {
            return null;
        }
        out.add(re.substring(begin));
        return out;
    }

    /** A backslash and a digit 1-9 (read by hand: a regex here would cost each pack pattern at cold start). */
    private static boolean hasNumberedBackReference(String re) {
        for (int i = re.indexOf('\\'); i >= 0 && i + 1 < re.length(); i = re.indexOf('\\', i + 1)) {
            char c = re.charAt(i + 1);
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@code (?flags)} without a colon: flags that hold to the end of the enclosing group. */
    private static boolean isFlagGroup(String re, int from) {
        int i = from;
        while (i < re.length() && (Character.isLetter(re.charAt(i)) || re.charAt(i) == '-')) {
            i++;
        }
        return i > from && i < re.length() && re.charAt(i) == ')';
    }
}

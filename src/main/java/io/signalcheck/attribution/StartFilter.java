package io.signalcheck.attribution;

import java.util.regex.Matcher;

/**
 * Where a match of a regex can start: for the first {@value #DEPTH} characters of any match, the ASCII characters
 * that can stand at that place, read from the pattern. {@link #find} tries the regex only at positions whose next
 * characters fit, instead of at every position as {@link Matcher#find(int)} does; java.util.regex has no such
 * first-character skip for case-insensitive alternations, which is where attribution spent most of its time.
 * The filter over-approximates (case folded except in {@code (?-i:...)} parts, non-ASCII text characters always
 * fit, unread syntax opens it), so
 * {@link #find} finds exactly what {@code Matcher.find(from)} finds, only faster. A filter made
 * {@link #withAutomaton} then also walks the {@link MatchAutomaton} of the whole regex from the start, which
 * over-approximates the same way.
 */
final class StartFilter implements StartTest {
    static final int DEPTH = 5;
    private static final StartFilter OPEN = new StartFilter(new long[0][], 0, false);

    /** Per place j < checked, the ASCII characters (bit c of word c >> 6) that may stand at match start + j. */
    private final long[][] allowed;
    /** {@link #allowed} flattened: bits of place j at [2j] (chars 0-63) and [2j+1] (64-127). */
    private final long[] flat;
    /** Places every match has (its minimum length, capped at DEPTH). */
    private final int checked;
    /** Every match begins with \b: a start between two letters (or two spaces) cannot match. */
    private final boolean atBoundary;
    /** Every match begins with \b and an ASCII letter or digit (or a non-ASCII char): see {@link WordStarts}. */
    private final boolean wordStartsOnly;
    /** The regex, for its {@link MatchAutomaton}; null when the filter has none. */
    private final String regex;
    /**
     * Built on first use, so that only the languages a process scores pay for theirs; null when
     * the regex has none. A race builds it twice, harmlessly (it is immutable; its states are per thread).
     */
    private volatile MatchAutomaton automaton;
    private volatile boolean automatonBuilt;

    private StartFilter(long[][] allowed, int checked, boolean atBoundary) {
        this(allowed, checked, atBoundary, false, null);
    }

    private StartFilter(long[][] allowed, int checked, boolean atBoundary, boolean afterNonWord, String regex) {
        this.regex = regex;
        this.allowed = allowed;
        this.flat = new long[2 * checked];
        for (int j = 0; j < checked; j++) {
            flat[2 * j] = allowed[j][0];
            flat[2 * j + 1] = allowed[j][1];
        }
        this.checked = checked;
        this.atBoundary = atBoundary;
        this.wordStartsOnly = (atBoundary || afterNonWord) && checked >= 1 && (allowed[0][0] & ~ASCII_ALNUM[0]) == 0
                && (allowed[0][1] & ~ASCII_ALNUM[1]) == 0;
    }

    /** Bits of the ASCII letters and digits. */
    private static final long[] ASCII_ALNUM = asciiAlnum();

    private static long[] asciiAlnum() {
        long[] bits = new long[2];
        for (char c = 0; c < 128; c++) {
            if (WordStarts.isAsciiLetterOrDigit(c)) {
                bits[c >> 6] |= 1L << c;
            }
        }
        return bits;
    }

    @Override
    public boolean onlyAtWordStarts() {
        return wordStartsOnly;
    }

    /** The ASCII chars a match may begin with (bits as in {@link #allowed}), or null when this filter is open. */
    long[] firstChars() {
        return checked == 0 ? null : allowed[0];
    }

    /** The filter of {@code regex}'s first chars only. */
    static StartFilter of(String regex) {
        return of(regex, false);
    }

    /**
     * As {@link #of(String)}, and {@link #fits} also walks the {@link MatchAutomaton} of the whole regex. Worth it
     * for sourcing rules, which fail at most of the starts their pre-checks let through; actor and cue patterns
     * nearly always match where they are tried, so their automata would cost start-up time and walks for nothing.
     */
    static StartFilter withAutomaton(String regex) {
        return of(regex, true);
    }

    private static StartFilter of(String regex, boolean automaton) {
        try {
            Prefix p = new RegexReader<>(regex, PREFIXES).whole();
            int min = Integer.numberOfTrailingZeros(p.lens);
            return min == 0 ? OPEN : new StartFilter(p.sets, Math.min(min, DEPTH), p.boundary, p.afterNonWord,
                    automaton ? regex : null);
        } catch (RuntimeException unreadable) {
            return OPEN;
        }
    }

    boolean isOpen() {
        return checked == 0;
    }

    /**
     * Same result and matcher state as {@code m.find(from)} on {@code text} (the matcher's input): the first match
     * starting at or after {@code from}. The matcher's bounds are made transparent and non-anchoring, so that
     * look-behinds and \b see the text before each tried start, as they do in a plain find.
     */
    boolean find(Matcher m, String text, int from) {
        return find(m, text, from, text.length());
    }

    /** As {@link #find(Matcher, String, int)}, for a regex known to match nowhere starting after {@code lastStart}. */
    boolean find(Matcher m, String text, int from, int lastStart) {
        return find(m, text, from, lastStart, null);
    }

    /** As {@link #find(Matcher, String, int, int)}; {@code words}, when given, lists the word starts of {@code text}. */
    boolean find(Matcher m, String text, int from, int lastStart, WordStarts words) {
        int n = text.length();
        if (from > n || from > lastStart) {
            return false;
        }
        if (isOpen() && lastStart >= n) {
            return m.find(from);
        }
        return firstFitMatch(m, text, from, lastStart, this, words);
    }

    /**
     * Tries {@code m} anchored at each position from {@code from} to {@code lastStart} that {@code test} lets
     * through, with transparent, non-anchoring bounds so look-behinds and \b see the text before the start.
     * When {@code test} can only pass at word starts and {@code words} lists those of {@code text}, only they are
     * visited: the same positions pass, with a fraction of the calls.
     */
    static boolean firstFitMatch(Matcher m, String text, int from, int lastStart, StartTest test, WordStarts words) {
        int n = text.length();
        m.useTransparentBounds(true).useAnchoringBounds(false);
        boolean listed = words != null && words.sentence() == text;
        char[] chars = listed ? words.chars() : text.toCharArray();
        if (listed && test.onlyAtWordStarts()) {
            for (int k = words.firstAtOrAfter(Math.max(from, 0)); k < words.count(); k++) {
                int i = words.at(k);
                if (i > lastStart) {
                    return false;
                }
                if (test.fits(chars, i)) {
                    m.region(i, n);
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }
        for (int i = Math.max(from, 0); i <= lastStart; i++) {
            if (test.fits(chars, i)) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The next place to look after the match {@code m} just found, as a sequence of {@code find()} calls would. */
    static int after(Matcher m) {
        return m.end() == m.start() ? m.end() + 1 : m.end();
    }

    @Override
    public boolean fits(char[] text, int start) {
        if (start + checked > text.length) {
            return checked == 0;
        }
        // the chars first: they rule out most places, with a bit test each (the boundary test reads two chars' kinds)
        for (int j = 0; j < checked; j++) {
            char c = text[start + j];
            if (c < 128 && (flat[2 * j + (c >> 6)] & (1L << c)) == 0) {
                return false;
            }
        }
        if (atBoundary && start > 0 && sameSideOfBoundary(text[start - 1], text[start])) {
            return false;
        }
        MatchAutomaton a = automaton();
        return a == null || a.mayMatchAt(text, start, text.length);
    }

    /** The automaton of the whole regex, or null when there is none (open filter, unread syntax). */
    MatchAutomaton automaton() {
        if (!automatonBuilt) {
            automaton = regex == null ? null : MatchAutomaton.of(regex);
            automatonBuilt = true;
        }
        return automaton;
    }

    /**
     * True when no \b can lie between {@code a} and {@code b}: both ASCII letters or digits, or both ASCII
     * chars that are neither (the underscore and non-ASCII chars, where word definitions differ, never qualify).
     */
    private static boolean sameSideOfBoundary(char a, char b) {
        int ka = asciiKind(a);
        return ka != 0 && ka == asciiKind(b);
    }

    /** 1 ASCII letter or digit, 2 other ASCII char except '_', 0 unsure. */
    private static int asciiKind(char c) {
        if (c >= 128 || c == '_') {
            return 0;
        }
        return Character.isLetterOrDigit(c) ? 1 : 2;
    }

    /**
     * What a part of the regex can begin with: {@code sets[j]} the ASCII chars at place j of its matches, and
     * {@code lens} bit l set when a match can be l chars long (bit DEPTH: DEPTH chars or more).
     */
    private static final class Prefix {
        final long[][] sets = new long[DEPTH][2];
        int lens;
        /** Every match of this part begins with \b. */
        boolean boundary;
        /** Every match of this part begins with {@code (?<!\w)} or {@code (?<![\w-])}: no word char before it. */
        boolean afterNonWord;

        static Prefix wordBoundary() {
            Prefix p = empty();
            p.boundary = true;
            return p;
        }

        static Prefix empty() {
            Prefix p = new Prefix();
            p.lens = 1;
            return p;
        }

        static Prefix oneChar(long[] chars) {
            Prefix p = new Prefix();
            p.sets[0][0] = chars[0];
            p.sets[0][1] = chars[1];
            p.lens = 1 << 1;
            return p;
        }

        Prefix then(Prefix next) {
            Prefix out = new Prefix();
            for (int j = 0; j < DEPTH; j++) {
                or(out.sets[j], sets[j]);
                for (int l = 0; l <= j; l++) {
                    if ((lens & (1 << l)) != 0) {
                        or(out.sets[j], next.sets[j - l]);
                    }
                }
            }
            for (int a = 0; a <= DEPTH; a++) {
                for (int b = 0; b <= DEPTH; b++) {
                    if ((lens & (1 << a)) != 0 && (next.lens & (1 << b)) != 0) {
                        out.lens |= 1 << Math.min(a + b, DEPTH);
                    }
                }
            }
            out.boundary = boundary || (lens == 1 && next.boundary);
            out.afterNonWord = afterNonWord || (lens == 1 && next.afterNonWord);
            return out;
        }

        Prefix or(Prefix other) {
            Prefix out = new Prefix();
            for (int j = 0; j < DEPTH; j++) {
                or(out.sets[j], sets[j]);
                or(out.sets[j], other.sets[j]);
            }
            out.lens = lens | other.lens;
            out.boundary = boundary && other.boundary;
            out.afterNonWord = (boundary || afterNonWord) && (other.boundary || other.afterNonWord);
            return out;
        }

        Prefix repeat(int min, int max) {
            // beyond DEPTH + 1 copies nothing new can reach the first DEPTH places
            int cap = DEPTH + 1;
            Prefix out = empty();
            for (int i = 0; i < Math.min(min, cap); i++) {
                out = out.then(this);
            }
            Prefix optional = or(empty());
            int extra = max < 0 ? cap : Math.min(max - min, cap);
            for (int i = 0; i < extra; i++) {
                out = out.then(optional);
            }
            out.boundary = min >= 1 && boundary;
            out.afterNonWord = min >= 1 && afterNonWord;
            return out;
        }

        private static void or(long[] into, long[] from) {
            into[0] |= from[0];
            into[1] |= from[1];
        }
    }

    /** Builds {@link Prefix}es from what {@link RegexReader} reads. */
    private static final RegexReader.Algebra<Prefix> PREFIXES = new RegexReader.Algebra<>() {
        @Override
        public Prefix empty() {
            return Prefix.empty();
        }

        @Override
        public Prefix wordBoundary() {
            return Prefix.wordBoundary();
        }

        @Override
        public Prefix notAfterWord() {
            Prefix p = Prefix.empty();
            p.afterNonWord = true;
            return p;
        }

        @Override
        public Prefix oneChar(long[] set) {
            return Prefix.oneChar(set);
        }

        @Override
        public Prefix then(Prefix first, Prefix next) {
            return first.then(next);
        }

        @Override
        public Prefix or(Prefix a, Prefix b) {
            return a.or(b);
        }

        @Override
        public Prefix repeat(Prefix atom, int min, int max) {
            return atom.repeat(min, max);
        }
    };
}

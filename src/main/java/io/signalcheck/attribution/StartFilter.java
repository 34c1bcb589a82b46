package io.signalcheck.attribution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Where a match of a regex can start: for the first {@value #DEPTH} characters of any match, the ASCII characters
 * that can stand at that place, read from the pattern. {@link #find} tries the regex only at positions whose next
 * characters fit, instead of at every position as {@link Matcher#find(int)} does; java.util.regex has no such
 * first-character skip for case-insensitive alternations, which is where attribution spent most of its time.
 * The filter over-approximates (case folded except in {@code (?-i:...)} parts, non-ASCII text characters always
 * fit, unread syntax opens it), so
 * {@link #find} finds exactly what {@code Matcher.find(from)} finds, only faster.
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

    private StartFilter(long[][] allowed, int checked, boolean atBoundary) {
        this(allowed, checked, atBoundary, false);
    }

    private StartFilter(long[][] allowed, int checked, boolean atBoundary, boolean afterNonWord) {
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

    static StartFilter of(String regex) {
        try {
            Prefix p = new Reader(regex).whole();
            int min = Integer.numberOfTrailingZeros(p.lens);
            return min == 0 ? OPEN : new StartFilter(p.sets, Math.min(min, DEPTH), p.boundary, p.afterNonWord);
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
        if (atBoundary && start > 0 && sameSideOfBoundary(text[start - 1], text[start])) {
            return false;
        }
        for (int j = 0; j < checked; j++) {
            char c = text[start + j];
            if (c < 128 && (flat[2 * j + (c >> 6)] & (1L << c)) == 0) {
                return false;
            }
        }
        return true;
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

    /** Recursive reader of the regex syntax the packs use; anything else throws and leaves the filter open. */
    private static final class Reader {
        private static final long[] ALL = {-1L, -1L};
        private static final Map<Character, long[]> FOLDED = new ConcurrentHashMap<>();
        private final String re;
        private int pos;
        /** Case-insensitive here (the packs compile with CASE_INSENSITIVE; {NAME} turns it off for capitals). */
        private boolean ci = true;

        Reader(String re) {
            this.re = re;
        }

        Prefix whole() {
            Prefix p = alternation();
            if (pos != re.length()) {
                throw new IllegalArgumentException("unbalanced");
            }
            return p;
        }

        private Prefix alternation() {
            Prefix union = sequence();
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                union = union.or(sequence());
            }
            return union;
        }

        private Prefix sequence() {
            Prefix seq = Prefix.empty();
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                Prefix atom = atom();
                seq = seq.then(quantified(atom));
            }
            return seq;
        }

        private Prefix atom() {
            char c = re.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return Prefix.oneChar(charClass());
                case '\\':
                    return escape();
                case '.':
                    pos++;
                    return Prefix.oneChar(ALL);
                case '^':
                case '$':
                    pos++;
                    return Prefix.empty();
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new IllegalArgumentException("dangling quantifier");
                default:
                    pos++;
                    return Prefix.oneChar(literal(c));
            }
        }

        private Prefix quantified(Prefix atom) {
            if (pos >= re.length()) {
                return atom;
            }
            char c = re.charAt(pos);
            Prefix out;
            if (c == '?') {
                pos++;
                out = atom.repeat(0, 1);
            } else if (c == '*') {
                pos++;
                out = atom.repeat(0, -1);
            } else if (c == '+') {
                pos++;
                out = atom.repeat(1, -1);
            } else if (c == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
                int close = re.indexOf('}', pos);
                String[] bounds = re.substring(pos + 1, close).split(",", -1);
                int min = Integer.parseInt(bounds[0].strip());
                int max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].strip());
                pos = close + 1;
                out = atom.repeat(min, max);
            } else {
                return atom;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++; // lazy and possessive forms match a subset of the same strings
            }
            return out;
        }

        private Prefix group() {
            pos++; // (
            boolean zeroWidth = false;
            boolean notAfterWord = false;
            boolean outerCi = ci;
            if (re.startsWith("?", pos)) {
                if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                    pos += 2;
                } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                    pos += 2;
                    zeroWidth = true;
                } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                    notAfterWord = re.startsWith("?<!\\w)", pos) || re.startsWith("?<![\\w-])", pos);
                    pos += 3;
                    zeroWidth = true;
                } else if (re.startsWith("?<", pos)) {
                    pos = re.indexOf('>', pos) + 1;
                } else {
                    int end = pos + 1;
                    while (end < re.length() && "-imsuxUd".indexOf(re.charAt(end)) >= 0) {
                        end++;
                    }
                    String flags = re.substring(pos + 1, end);
                    if (flags.contains("x") || end >= re.length()) {
                        throw new IllegalArgumentException("unsupported flags");
                    }
                    int i = flags.indexOf('i');
                    if (i >= 0) {
                        ci = flags.lastIndexOf('-', i) < 0;
                    }
                    if (re.charAt(end) == ')') {
                        pos = end + 1; // (?-i) alone: holds to the end of the enclosing group
                        return Prefix.empty();
                    }
                    if (re.charAt(end) != ':') {
                        throw new IllegalArgumentException("unsupported group");
                    }
                    pos = end + 1;
                }
            }
            Prefix inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new IllegalArgumentException("unbalanced");
            }
            pos++;
            ci = outerCi;
            if (notAfterWord) {
                Prefix p = Prefix.empty();
                p.afterNonWord = true;
                return p;
            }
            return zeroWidth ? Prefix.empty() : inner;
        }

        private Prefix escape() {
            char e = re.charAt(pos + 1);
            if ("bBAzZG".indexOf(e) >= 0) {
                pos += 2;
                return e == 'b' ? Prefix.wordBoundary() : Prefix.empty();
            }
            return Prefix.oneChar(escapedChars());
        }

        /** The chars one escape (at pos, outside or inside a class) can match; consumes it. */
        private long[] escapedChars() {
            char e = re.charAt(pos + 1);
            pos += 2;
            switch (e) {
                case 'w':
                    return union(letters(), digits(), folded('_'));
                case 'd':
                    return digits();
                case 's':
                    return range(0x09, 0x20);
                case 'W':
                case 'D':
                case 'S':
                    return ALL;
                case 't':
                    return literal('\t');
                case 'n':
                    return literal('\n');
                case 'r':
                    return literal('\r');
                case 'f':
                    return literal('\f');
                case 'p':
                case 'P':
                    return property(e == 'P');
                default:
                    if (Character.isLetterOrDigit(e)) {
                        throw new IllegalArgumentException("unsupported escape \\" + e);
                    }
                    return literal(e);
            }
        }

        private long[] property(boolean negated) {
            String name;
            if (pos < re.length() && re.charAt(pos) == '{') {
                int close = re.indexOf('}', pos);
                name = re.substring(pos + 1, close);
                pos = close + 1;
            } else {
                name = String.valueOf(re.charAt(pos));
                pos++;
            }
            if (negated) {
                return ALL;
            }
            if (!ci && (name.equals("Lu") || name.equals("IsLu"))) {
                return range('A', 'Z');
            }
            if (!ci && (name.equals("Ll") || name.equals("IsLl"))) {
                return range('a', 'z');
            }
            return switch (name) {
                case "L", "Lu", "Ll", "Lt", "IsL", "IsLu", "IsLl", "IsAlphabetic", "Alpha", "IsLetter" -> letters();
                case "Nd", "N", "IsDigit", "Digit" -> digits();
                case "M", "Mn", "Mc", "Me", "IsM" -> new long[2];
                default -> ALL;
            };
        }

        private long[] charClass() {
            pos++; // [
            boolean negated = false;
            if (pos < re.length() && re.charAt(pos) == '^') {
                negated = true;
                pos++;
            }
            long[] set = new long[2];
            boolean first = true;
            while (true) {
                char c = re.charAt(pos);
                if (c == ']' && !first) {
                    pos++;
                    break;
                }
                first = false;
                if (c == '[' || re.startsWith("&&", pos)) {
                    throw new IllegalArgumentException("nested class");
                }
                long[] item;
                if (c == '\\') {
                    item = escapedChars();
                } else {
                    pos++;
                    if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                        char hi = re.charAt(pos + 1);
                        if (hi == '\\' || hi == '[') {
                            throw new IllegalArgumentException("unsupported range");
                        }
                        pos += 2;
                        item = ci ? foldedRange(c, hi) : range(Math.min(c, 128), Math.min(hi, 127));
                    } else {
                        item = literal(c);
                    }
                }
                set[0] |= item[0];
                set[1] |= item[1];
            }
            if (negated) {
                // a negated class can match any char it does not list: keep out only listed non-letters
                long[] out = ALL.clone();
                for (int t = 0; t < 128; t++) {
                    if (has(set, t) && !Character.isLetter(t)) {
                        out[t >> 6] &= ~(1L << t);
                    }
                }
                return out;
            }
            return set;
        }

        /** ASCII chars the regex may match for the char {@code p} here. */
        private long[] literal(char p) {
            if (ci) {
                return folded(p);
            }
            long[] out = new long[2];
            if (p < 128) {
                out[p >> 6] |= 1L << p;
            }
            return out;
        }

        /** ASCII chars a case-insensitive, Unicode-case regex may match for the char {@code p}. */
        private static long[] folded(char p) {
            // packs hold thousands of literal chars: fold each distinct one once, to keep start-up short
            return FOLDED.computeIfAbsent(p, Reader::computeFolded);
        }

        private static long[] computeFolded(char p) {
            long[] out = new long[2];
            for (int t = 0; t < 128; t++) {
                if (sameIgnoringCase((char) t, p)) {
                    out[t >> 6] |= 1L << t;
                }
            }
            return out;
        }

        private static long[] foldedRange(char lo, char hi) {
            long[] out = new long[2];
            for (int t = 0; t < 128; t++) {
                char c = (char) t;
                if (in(c, lo, hi) || in(Character.toUpperCase(c), lo, hi) || in(Character.toLowerCase(c), lo, hi)) {
                    out[t >> 6] |= 1L << t;
                }
            }
            if (hi >= 0x80) {
                // non-ASCII letters whose case partner is ASCII (dotted/dotless i, long s, Kelvin sign)
                for (char special : new char[] {'\u0130', '\u0131', '\u017F', '\u212A'}) {
                    if (in(special, lo, hi)) {
                        long[] f = folded(special);
                        out[0] |= f[0];
                        out[1] |= f[1];
                    }
                }
            }
            return out;
        }

        private static boolean sameIgnoringCase(char t, char p) {
            return t == p || Character.toUpperCase(t) == Character.toUpperCase(p)
                    || Character.toLowerCase(t) == Character.toLowerCase(p)
                    || Character.toLowerCase(Character.toUpperCase(t)) == Character.toLowerCase(Character.toUpperCase(p));
        }

        private static boolean in(char c, char lo, char hi) {
            return lo <= c && c <= hi;
        }

        private static boolean has(long[] set, int t) {
            return (set[t >> 6] & (1L << t)) != 0;
        }

        private static long[] letters() {
            return union(range('a', 'z'), range('A', 'Z'));
        }

        private static long[] digits() {
            return range('0', '9');
        }

        private static long[] range(int lo, int hi) {
            long[] out = new long[2];
            for (int t = lo; t <= hi; t++) {
                out[t >> 6] |= 1L << t;
            }
            return out;
        }

        private static long[] union(long[]... sets) {
            long[] out = new long[2];
            for (long[] s : sets) {
                out[0] |= s[0];
                out[1] |= s[1];
            }
            return out;
        }
    }
}

package io.signalcheck.attribution;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recursive reader of the regex syntax the packs use (compiled with CASE_INSENSITIVE, UNICODE_CASE and
 * UNICODE_CHARACTER_CLASS), building a value bottom-up through an {@link Algebra}: {@link StartFilter} reads
 * which chars can begin a match, {@link MatchAutomaton} which strings can be one. Both over-approximate, so the
 * reader only has to say, for each atom, which ASCII chars it may match and whether it may match any non-ASCII
 * char; look-arounds and anchors match the empty string here, lazy and possessive quantifiers read as greedy.
 * Anything else throws {@link IllegalArgumentException}, and the caller falls back to plain matching.
 */
final class RegexReader<T> {
    /** What the reader builds: one method per construct. Char sets are {@code long[3]}: see {@link #chars}. */
    interface Algebra<T> {
        /** Anchors, look-aheads and look-behinds other than {@link #notAfterWord}. */
        T empty();

        /** {@code \b}. */
        T wordBoundary();

        /** {@code (?<!\w)} or {@code (?<![\w-])}: no word char just before. */
        T notAfterWord();

        /** One char of {@code set}: bits 0-127 in words 0 and 1, word 2 non-zero when non-ASCII chars fit too. */
        T oneChar(long[] set);

        T then(T first, T next);

        T or(T a, T b);

        /** {@code max} is -1 for no upper bound. */
        T repeat(T atom, int min, int max);
    }

    /** Every ASCII char, and non-ASCII ones. */
    private static final long[] ALL = {-1L, -1L, 1L};
    private static final Map<Character, long[]> FOLDED = new ConcurrentHashMap<>();
    /** The non-ASCII letters whose case partner is ASCII: dotted and dotless i, long s, Kelvin sign. */
    private static final char[] ASCII_CASE_PARTNERS = {'\u0130', '\u0131', '\u017F', '\u212A'};
    /** ASCII letters that a non-ASCII char equals ignoring case (i: U+0130 and U+0131, k: Kelvin sign, s: long s). */
    private static final long[] NON_ASCII_PARTNERS = nonAsciiPartners();

    private final String re;
    private final Algebra<T> algebra;
    private int pos;
    /** Case-insensitive here (the packs compile with CASE_INSENSITIVE; {NAME} turns it off for capitals). */
    private boolean ci = true;

    RegexReader(String re, Algebra<T> algebra) {
        this.re = re;
        this.algebra = algebra;
    }

    /** The whole pattern read through the algebra. */
    T whole() {
        T t = alternation();
        if (pos != re.length()) {
            throw new IllegalArgumentException("unbalanced");
        }
        return t;
    }

    /** Whether the char set {@code set} (as passed to {@link Algebra#oneChar}) holds the ASCII char {@code c}. */
    static boolean has(long[] set, int c) {
        return (set[c >> 6] & (1L << c)) != 0;
    }

    /** Whether the char set {@code set} may match some non-ASCII char. */
    static boolean hasNonAscii(long[] set) {
        return set[2] != 0;
    }

    private T alternation() {
        T union = sequence();
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            union = algebra.or(union, sequence());
        }
        return union;
    }

    private T sequence() {
        T seq = algebra.empty();
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            T atom = atom();
            seq = algebra.then(seq, quantified(atom));
        }
        return seq;
    }

    private T atom() {
        char c = re.charAt(pos);
        switch (c) {
            case '(':
                return group();
            case '[':
                return algebra.oneChar(charClass());
            case '\\':
                return escape();
            case '.':
                pos++;
                return algebra.oneChar(ALL);
            case '^':
            case '$':
                pos++;
                return algebra.empty();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new IllegalArgumentException("dangling quantifier");
            default:
                pos++;
                return algebra.oneChar(literal(c));
        }
    }

    private T quantified(T atom) {
        if (pos >= re.length()) {
            return atom;
        }
        char c = re.charAt(pos);
        T out;
        if (c == '?') {
            pos++;
            out = algebra.repeat(atom, 0, 1);
        } else if (c == '*') {
            pos++;
            out = algebra.repeat(atom, 0, -1);
        } else if (c == '+') {
            pos++;
            out = algebra.repeat(atom, 1, -1);
        } else if (c == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
            int close = re.indexOf('}', pos);
            String[] bounds = re.substring(pos + 1, close).split(",", -1);
            int min = Integer.parseInt(bounds[0].strip());
            int max = bounds.length == 1 ? min : bounds[1].isBlank() ? -1 : Integer.parseInt(bounds[1].strip());
            pos = close + 1;
            out = algebra.repeat(atom, min, max);
        } else {
            return atom;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++; // lazy and possessive forms match a subset of the same strings
        }
        return out;
    }

    private T group() {
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
                    return algebra.empty();
                }
                if (re.charAt(end) != ':') {
                    throw new IllegalArgumentException("unsupported group");
                }
                pos = end + 1;
            }
        }
        T inner = alternation();
        if (pos >= re.length() || re.charAt(pos) != ')') {
            throw new IllegalArgumentException("unbalanced");
        }
        pos++;
        ci = outerCi;
        if (notAfterWord) {
            return algebra.notAfterWord();
        }
        return zeroWidth ? algebra.empty() : inner;
    }

    private T escape() {
        char e = re.charAt(pos + 1);
        if ("bBAzZG".indexOf(e) >= 0) {
            pos += 2;
            return e == 'b' ? algebra.wordBoundary() : algebra.empty();
        }
        return algebra.oneChar(escapedChars());
    }

    /** The chars one escape (at pos, outside or inside a class) can match; consumes it. */
    private long[] escapedChars() {
        char e = re.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case 'w':
                return withNonAscii(union(letters(), digits(), folded('_')));
            case 'd':
                return withNonAscii(digits());
            case 's':
                return withNonAscii(union(range(0x09, 0x0D), range(' ', ' '))); // exact: negated classes rely on it
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
                long[] property = property(e == 'P');
                return property == ALL ? ALL : withNonAscii(property);
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
            case "M", "Mn", "Mc", "Me", "IsM" -> new long[3];
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
        long[] set = new long[3];
        boolean inexact = false; // an item read as "any char" (\W, unknown properties) tells nothing to exclude
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
                inexact |= item == ALL;
            } else {
                pos++;
                if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
                    char hi = re.charAt(pos + 1);
                    if (hi == '\\' || hi == '[') {
                        throw new IllegalArgumentException("unsupported range");
                    }
                    pos += 2;
                    item = ci ? foldedRange(c, hi) : range(Math.min(c, 128), Math.min(hi, 127));
                    if (hi >= 0x80 || ci && rangeHasLetter(c, hi)) {
                        item[2] = 1; // non-ASCII members, or non-ASCII case partners of its letters
                    }
                } else {
                    item = literal(c);
                }
            }
            set[0] |= item[0];
            set[1] |= item[1];
            set[2] |= item[2];
        }
        if (negated && inexact) {
            return ALL;
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

    /** Chars the regex may match for the char {@code p} here. */
    private long[] literal(char p) {
        if (ci) {
            return folded(p);
        }
        long[] out = new long[3];
        if (p < 128) {
            out[p >> 6] |= 1L << p;
        } else {
            out[2] = 1;
        }
        return out;
    }

    /** Chars a case-insensitive, Unicode-case regex may match for the char {@code p}. */
    private static long[] folded(char p) {
        // packs hold thousands of literal chars: fold each distinct one once, to keep start-up short
        return FOLDED.computeIfAbsent(p, RegexReader::computeFolded);
    }

    private static long[] computeFolded(char p) {
        long[] out = new long[3];
        for (int t = 0; t < 128; t++) {
            if (sameIgnoringCase((char) t, p)) {
                out[t >> 6] |= 1L << t;
            }
        }
        out[2] = p >= 128 || has(NON_ASCII_PARTNERS, p) ? 1 : 0;
        return out;
    }

    private static long[] nonAsciiPartners() {
        long[] out = new long[3];
        for (char special : ASCII_CASE_PARTNERS) {
            for (int t = 0; t < 128; t++) {
                if (sameIgnoringCase((char) t, special)) {
                    out[t >> 6] |= 1L << t;
                }
            }
        }
        return out;
    }

    private static long[] foldedRange(char lo, char hi) {
        long[] out = new long[3];
        for (int t = 0; t < 128; t++) {
            char c = (char) t;
            if (in(c, lo, hi) || in(Character.toUpperCase(c), lo, hi) || in(Character.toLowerCase(c), lo, hi)) {
                out[t >> 6] |= 1L << t;
            }
        }
        if (hi >= 0x80) {
            for (char special : ASCII_CASE_PARTNERS) {
                if (in(special, lo, hi)) {
                    long[] f = folded(special);
                    out[0] |= f[0];
                    out[1] |= f[1];
                }
            }
        }
        return out;
    }

    private static boolean rangeHasLetter(char lo, char hi) {
        for (char c = lo; c <= hi && c < 128; c++) {
            if (Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIgnoringCase(char t, char p) {
        return t == p || Character.toUpperCase(t) == Character.toUpperCase(p)
                || Character.toLowerCase(t) == Character.toLowerCase(p)
                || Character.toLowerCase(Character.toUpperCase(t)) == Character.toLowerCase(Character.toUpperCase(p));
    }

    private static boolean in(char c, char lo, char hi) {
        return lo <= c && c <= hi;
    }

    private static long[] withNonAscii(long[] set) {
        long[] out = set.clone();
        out[2] = 1;
        return out;
    }

    private static long[] letters() {
        return union(range('a', 'z'), range('A', 'Z'));
    }

    private static long[] digits() {
        return range('0', '9');
    }

    private static long[] range(int lo, int hi) {
        long[] out = new long[3];
        for (int t = lo; t <= hi; t++) {
            out[t >> 6] |= 1L << t;
        }
        return out;
    }

    private static long[] union(long[]... sets) {
        long[] out = new long[3];
        for (long[] s : sets) {
            out[0] |= s[0];
            out[1] |= s[1];
            out[2] |= s[2];
        }
        return out;
    }
}

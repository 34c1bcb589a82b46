package io.signalcheck.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How many runs of whitespace a match of a regex (or of each prefix of its top-level sequence) can contain at
 * most, read from the pattern: {@code \s+} is one run however long, {@code (?:\w+\s+){0,3}} three, a word class
 * none, {@code [^,]{2,90}} at most 90 (each char could be one), {@code [^,]*} no bound. {@link StartWindow} uses
 * it to bound how far before a required word a match can start. Whitespace is every char {@code \s} matches
 * under the pack flags or Java calls whitespace, so the bound holds whatever the text's spaces are. Syntax this
 * reader does not follow makes the bound {@link #UNBOUNDED}: it can narrow where matches are tried, never change
 * what is found.
 */
final class WhitespaceRuns {
    static final int UNBOUNDED = Integer.MAX_VALUE;
    /**
     * Punctuation that often separates the words of a sentence: for each prefix the reader also notes which of
     * these a match could hold, so that a window can stop at one the prefix can never cross (a rule whose
     * words before "officials" are letters and spaces cannot start before the comma that precedes them).
     * All below 64, so a set of them is one {@code long} of bits indexed by char.
     */
    static final String STOP_CANDIDATES = ",;:()\".!?";

    private WhitespaceRuns() {}

    static boolean isSpace(char c) {
        return (SPACE[c >> 6] & (1L << c)) != 0;
    }

    /**
     * Java's whitespace chars and the Unicode White_Space property, which {@code \\s} matches under the pack
     * flags (a test checks every char against both; asking the regex here would cost cold start).
     */
    private static final String SPACES = "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680"
            + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";
    private static final Map<String, Integer> KINDS = new ConcurrentHashMap<>();
    private static final Map<String, Long> HELD = new ConcurrentHashMap<>();
    /** {@link #SPACES} as a bit table (index = char). */
    private static final long[] SPACE = spaceTable();

    private static long[] spaceTable() {
        long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
        for (int i = 0; i < SPACES.length(); i++) {
            char c = SPACES.charAt(i);
            bits[c >> 6] |= 1L << c;
        }
        return bits;
    }

    /**
     * What a prefix of a pattern (its top-level items up to {@code end} in the pattern text) can hold: at most
     * {@code runs} runs of whitespace, and none of the {@link #STOP_CANDIDATES} in {@code stops} (bits by char).
     */
    record Prefix(int runs, int end, long stops) {}

    /**
     * Per top-level item of {@code regex} (a group, a class, an escape or a literal char with its quantifier), the
     * bounds for the items up to and including it. Null when the pattern is not one plain sequence (top-level
     * alternation) or uses syntax this reader does not follow.
     */
    static List<Prefix> prefixBounds(String regex, int flags) {
        try {
            Reader r = new Reader(regex, flags);
            List<Prefix> out = new ArrayList<>();
            int total = 0;
            while (r.pos < regex.length()) {
                if (regex.charAt(r.pos) == '|' || regex.charAt(r.pos) == ')') {
                    return null;
                }
                int item = r.item();
                total = add(total, item);
                out.add(new Prefix(total, r.pos, STOP_MASK & ~r.held));
            }
            return out;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** The {@link #STOP_CANDIDATES} no match of {@code regex} can hold (bits by char), or 0 when unreadable. */
    static long stops(String regex, int flags) {
        try {
            Reader r = new Reader(regex, flags);
            r.alternation();
            return r.pos == regex.length() ? STOP_MASK & ~r.held : 0;
        } catch (RuntimeException unreadable) {
            return 0;
        }
    }

    private static final long STOP_MASK = maskOf(STOP_CANDIDATES);

    private static long maskOf(String chars) {
        long m = 0;
        for (int i = 0; i < chars.length(); i++) {
            m |= 1L << chars.charAt(i);
        }
        return m;
    }

    /** The bound for a whole regex, or {@link #UNBOUNDED}. */
    static int of(String regex, int flags) {
        try {
            Reader r = new Reader(regex, flags);
            int n = r.alternation();
            return r.pos == regex.length() ? n : UNBOUNDED;
        } catch (RuntimeException unreadable) {
            return UNBOUNDED;
        }
    }

    private static int add(int a, int b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : a + b;
    }

    private static int times(int runs, int max) {
        if (runs == 0 || max == 0) {
            return 0;
        }
        return runs == UNBOUNDED || max == UNBOUNDED ? UNBOUNDED : runs * max;
    }

    private static final class Reader {
        private final String re;
        private final int flags;
        private int pos;
        /** The {@link #STOP_CANDIDATES} some atom read so far (outside look-arounds) can match, bits by char. */
        private long held;

        Reader(String re, int flags) {
            this.re = re;
            this.flags = flags;
        }

        int alternation() {
            int max = sequence();
            while (pos < re.length() && re.charAt(pos) == '|') {
                pos++;
                max = Math.max(max, sequence());
            }
            return max;
        }

        private int sequence() {
            int total = 0;
            while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
                total = add(total, item());
            }
            return total;
        }

        /** One atom with its quantifier. */
        int item() {
            char c = re.charAt(pos);
            // a group's bound, or for a one-char atom its kind: 0 = matches no whitespace, 1 = only, 2 = both
            int group = 0;
            int kind = -1;
            int start = pos;
            if (c == '(') {
                group = group();
            } else if (c == '[') {
                pos = RegexText.classEnd(re, pos);
                kind = kindOf(re.substring(start, pos));
                held |= heldBy(re.substring(start, pos));
            } else if (c == '\\') {
                kind = escape();
                if (kind == -2) {
                    return 0; // zero-width escape (\b, \B, \A, \z...)
                }
                held |= heldBy(re.substring(start, pos));
            } else if (c == '.') {
                pos++;
                kind = kindOf(".");
                held |= heldBy(".");
            } else if (c == '^' || c == '$') {
                pos++;
                return 0;
            } else if (c == '*' || c == '+' || c == '?' || c == '{') {
                throw new IllegalArgumentException("dangling quantifier");
            } else {
                pos++;
                kind = isSpace(c) ? 1 : 0;
                held |= c < 64 ? (1L << c) & STOP_MASK : 0;
            }
            int max = quantifierMax();
            if (kind >= 0) {
                // a block of whitespace chars stays one run however long; mixed chars can each start a run
                return kind == 0 || max == 0 ? 0 : kind == 1 ? 1 : max;
            }
            return times(group, max);
        }

        private int group() {
            pos++; // (
            boolean zeroWidth = false;
            if (re.startsWith("?", pos)) {
                if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
                    pos += 2;
                } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
                    pos += 2;
                    zeroWidth = true;
                } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
                    pos += 3;
                    zeroWidth = true;
                } else if (re.startsWith("?<", pos)) {
                    pos = re.indexOf('>', pos) + 1;
                } else {
                    // inline flags: (?-i: ... ) scoped; (?i) to the end of the group is fine unless it sets comments
                    int end = pos + 1;
                    while (end < re.length() && (Character.isLetter(re.charAt(end)) || re.charAt(end) == '-')) {
                        end++;
                    }
                    String f = re.substring(pos + 1, end);
                    if (f.contains("x") || end >= re.length()) {
                        throw new IllegalArgumentException("unsupported flags");
                    }
                    if (re.charAt(end) == ')') {
                        pos = end + 1;
                        return 0;
                    }
                    if (re.charAt(end) != ':') {
                        throw new IllegalArgumentException("unsupported group");
                    }
                    pos = end + 1;
                }
            }
            long heldBefore = held;
            int inner = alternation();
            if (pos >= re.length() || re.charAt(pos) != ')') {
                throw new IllegalArgumentException("unbalanced");
            }
            pos++;
            if (zeroWidth) {
                held = heldBefore; // a look-around reads chars but consumes none
                return 0;
            }
            return inner;
        }

        /** Kind of an escape (see {@link #item}), -2 for a zero-width one; throws on what is not followed. */
        private int escape() {
            char e = re.charAt(pos + 1);
            int start = pos;
            pos += 2;
            if (e == 'p' || e == 'P') {
                if (pos < re.length() && re.charAt(pos) == '{') {
                    pos = re.indexOf('}', pos) + 1;
                } else {
                    pos++;
                }
                return kindOf(re.substring(start, pos));
            }
            if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') {
                return -2;
            }
            if (e == 's') {
                return 1;
            }
            if (e == 'w' || e == 'W' || e == 'd' || e == 'D' || e == 'S' || e == 'h' || e == 'H' || e == 'v'
                    || e == 'V') {
                return kindOf(re.substring(start, pos));
            }
            if (Character.isLetterOrDigit(e)) {
                throw new IllegalArgumentException("unsupported escape");
            }
            return isSpace(e) ? 1 : 0;
        }

        /** 0 when the one-char regex {@code atom} matches no whitespace char, else 2 (it may also match others). */
        private int kindOf(String atom) {
            // the packs repeat a few classes ([\p{L}-], [^,]...) hundreds of times: each is tested once
            return KINDS.computeIfAbsent(flags + " " + atom, k -> {
                Pattern p = Pattern.compile(atom, flags);
                for (int i = 0; i < SPACES.length(); i++) {
                    if (p.matcher(SPACES.substring(i, i + 1)).matches()) {
                        return 2;
                    }
                }
                return 0;
            });
        }

        /** The {@link #STOP_CANDIDATES} the one-char regex {@code atom} can match, bits by char. */
        private long heldBy(String atom) {
            return HELD.computeIfAbsent(flags + " " + atom, k -> {
                Pattern p = Pattern.compile(atom, flags);
                long m = 0;
                for (int i = 0; i < STOP_CANDIDATES.length(); i++) {
                    char c = STOP_CANDIDATES.charAt(i);
                    if (p.matcher(String.valueOf(c)).matches()) {
                        m |= 1L << c;
                    }
                }
                return m;
            });
        }

        /** Maximum repetition of the atom just read (1 without a quantifier); consumes the quantifier. */
        private int quantifierMax() {
            if (pos >= re.length()) {
                return 1;
            }
            char c = re.charAt(pos);
            int max;
            if (c == '?') {
                max = 1;
                pos++;
            } else if (c == '*' || c == '+') {
                max = UNBOUNDED;
                pos++;
            } else if (c == '{') {
                int close = re.indexOf('}', pos);
                String[] body = re.substring(pos + 1, close).split(",", -1);
                max = body.length == 1 ? Integer.parseInt(body[0].trim())
                        : body[1].isBlank() ? UNBOUNDED : Integer.parseInt(body[1].trim());
                pos = close + 1;
            } else {
                return 1;
            }
            if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
                pos++;
            }
            return max;
        }
    }
}

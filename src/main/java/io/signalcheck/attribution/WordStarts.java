package io.signalcheck.attribution;

/**
 * The places of one sentence where a word can begin: each ASCII letter or digit after a char that is not one,
 * and every non-ASCII char (where this class does not judge). A {@link StartFilter} whose matches all begin with
 * \b and an ASCII letter or digit can only fit at these places, so its scan visits them instead of every char.
 * Computed once per sentence and shared by all the rules of a finder; not thread-safe.
 */
final class WordStarts {
    /** Per ASCII char: {@link #ALNUM} for a letter or digit, else 0; {@link #NON_ASCII} is every other char's. */
    private static final byte[] ASCII_KIND = new byte[128];
    private static final int ALNUM = 1;
    private static final int NON_ASCII = 2;

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KIND[c] = (byte) (isAsciiLetterOrDigit(c) ? ALNUM : 0);
        }
    }

    private String sentence;
    private char[] chars = new char[0];
    private int[] starts = new int[64];
    private int count;

    /** Makes this the list of {@code s} (no work when it already is). */
    WordStarts on(String s) {
        if (s == sentence) {
            return this;
        }
        sentence = s;
        chars = s.toCharArray();
        int n = chars.length;
        if (starts.length <= n) {
            starts = new int[Math.max(n + 1, starts.length * 2)];
        }
        // without a branch per char: where words begin is irregular, so a branch on it is mispredicted often
        int[] out = starts;
        int found = 0;
        int prevAlnum = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            int kind = c < 128 ? ASCII_KIND[c] : NON_ASCII;
            out[found] = i;
            found += (kind >> 1) | (kind & ~prevAlnum & 1);
            prevAlnum = kind & 1;
        }
        count = found;
        return this;
    }

    /** Index of the first listed place at or after {@code from}. */
    int firstAtOrAfter(int from) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int count() {
        return count;
    }

    int at(int index) {
        return starts[index];
    }

    /** The sentence's chars. */
    char[] chars() {
        return chars;
    }

    String sentence() {
        return sentence;
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}

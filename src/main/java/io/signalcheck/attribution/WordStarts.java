package io.signalcheck.attribution;

/**
 * The places of one sentence where a word can begin: each ASCII letter or digit after a char that is not one,
 * and every non-ASCII char (where this class does not judge). A {@link StartFilter} whose matches all begin with
 * \b and an ASCII letter or digit can only fit at these places, so its scan visits them instead of every char.
 * Computed once per sentence and shared by all the rules of a finder; not thread-safe.
 */
final class WordStarts {
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
        count = 0;
        boolean prevAlnum = false;
        chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            boolean alnum = c < 128 && isAsciiLetterOrDigit(c);
            if (c >= 128 || (alnum && !prevAlnum)) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
            prevAlnum = alnum;
        }
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

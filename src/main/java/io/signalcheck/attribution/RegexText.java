package io.signalcheck.attribution;

/** Small readings of regex source text shared by the pattern readers (gates, start windows). */
final class RegexText {
    private RegexText() {}

    /** Index just after the character class (nested classes included) that opens at {@code open}. */
    static int classEnd(String re, int open) {
        int pos = open + 1;
        if (pos < re.length() && re.charAt(pos) == '^') {
            pos++;
        }
        if (pos < re.length() && re.charAt(pos) == ']') {
            pos++; // a leading ] is a literal
        }
        int depth = 1;
        while (depth > 0) {
            char c = re.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            pos++;
        }
        return pos;
    }

    /** Index just after the group that opens at {@code open}, or -1 when it is not closed. */
    static int groupEnd(String re, int open) {
        int depth = 0;
        for (int i = open; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(re, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}

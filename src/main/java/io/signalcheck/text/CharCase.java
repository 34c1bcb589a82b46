package io.signalcheck.text;

/**
 * Lower case char by char ({@link Character#toLowerCase(char)} on each, so offsets never move), for the passes
 * that lower-case whole texts: signals' tokenizer and attribution's gates. ASCII goes through a table of its own,
 * without a branch on the char (capitals come at random) and without Character's lookups.
 */
public final class CharCase {
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private CharCase() {}

    /** {@code s}'s chars, each through {@link Character#toLowerCase(char)}, in a new array. */
    public static char[] lowerCased(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            c[i] = ch < 128 ? ASCII_LOWER[ch] : Character.toLowerCase(ch);
        }
        return c;
    }
}

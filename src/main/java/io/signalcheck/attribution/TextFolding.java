package io.signalcheck.attribution;

import java.text.Normalizer;
import java.util.Locale;

/** The two text normalisations attribution needs: one that keeps offsets for matching, one for identity keys. */
final class TextFolding {
    private TextFolding() {}

    /**
     * Maps typographic apostrophes, quotes, dashes and non-breaking spaces to their ASCII forms, one char for one
     * char, so that match offsets stay valid in the original text while pack authors write plain ' and ".
     */
    static String forMatching(String s) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] < '\u00A0') {
                continue; // ASCII and C1 controls: none is folded, and they are nearly every char of a text
            }
            out[i] = switch (out[i]) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '\u2032' -> '\'';
                case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F', '\u2039', '\u203A' -> '"';
                case '\u00A0', '\u202F', '\u2009', '\u2007' -> ' ';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
                default -> out[i];
            };
        }
        return new String(out);
    }

    /** Lower case, accents removed, punctuation to spaces, spaces collapsed: the form identity keys compare in. */
    static String forKey(String s) {
        String decomposed = Normalizer.normalize(forMatching(s), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }
}

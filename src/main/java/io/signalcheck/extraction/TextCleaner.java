package io.signalcheck.extraction;

import java.text.Normalizer;

/**
 * Final clean-up shared by every format: line endings to {@code \n}, Unicode NFC, control characters
 * (other than {@code \n} and {@code \t}) replaced by spaces. Report offsets refer to the returned text,
 * so this runs once, before anything else looks at the text.
 */
final class TextCleaner {
    private TextCleaner() {}

    static String clean(String raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int first = firstToChange(nfc);
        if (first == nfc.length()) {
            return nfc; // most texts need nothing changed: no copy, char by char, of a long article
        }
        StringBuilder out = new StringBuilder(nfc.length());
        out.append(nfc, 0, first);
        for (int i = first; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                    i++; // CRLF is one line break
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.append('\n');
            } else if (c == '\uFEFF') {
                // a stray byte-order mark inside the text carries nothing
                continue;
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Index of the first char {@link #clean} would change or drop, or the length when there is none. */
    private static int firstToChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t'
                    : c >= 0x7F && (c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\uFEFF')) {
                return i;
            }
        }
        return text.length();
    }

    /** True when the text holds at least one letter: punctuation, digits and spaces alone are no article. */
    static boolean hasLetters(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}

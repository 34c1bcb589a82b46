package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    @Test
    void lineEndingsBecomeNewlines() {
        assertEquals("one\ntwo\nthree\nfour", TextCleaner.clean("one\r\ntwo\rthree\u2028four"));
    }

    @Test
    void controlCharactersBecomeSpacesButTabsAndNewlinesStay() {
        assertEquals("a b\tc\nd e", TextCleaner.clean("a\u0007b\tc\nd\u001Fe"));
    }

    @Test
    void decomposedAccentsAreComposed() {
        String decomposed = "Re\u0301sume\u0301";
        String cleaned = TextCleaner.clean(decomposed);
        assertEquals("Résumé", cleaned);
        assertEquals(6, cleaned.length());
    }

    @Test
    void strayByteOrderMarksAreDropped() {
        assertEquals("ab", TextCleaner.clean("a\uFEFFb"));
    }

    @Test
    void lettersAreRequired() {
        assertFalse(TextCleaner.hasLetters("... !!! 123 -- ?"));
        assertTrue(TextCleaner.hasLetters("... é"));
        assertTrue(TextCleaner.hasLetters("数"));
    }

    @Test
    void aTextWithNothingToChangeComesBackAsIs() {
        String text = "Des comptes inauthentiques ont relayé l'image.\n\tKI-generierte Bilder – „Fake“ ¿qué?";
        assertEquals(text, TextCleaner.clean(text));
    }

    /** The rules of {@link TextCleaner#clean} for one char of already composed text, written out plainly. */
    private static String referenceClean(char c) {
        if (c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
            return "\n";
        }
        if (c == '\uFEFF') {
            return "";
        }
        if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
            return String.valueOf(c);
        }
        return " ";
    }

    @Test
    void everyCharIsCleanedByTheSameRulesWhereverItStands() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String nfc = Normalizer.normalize("ab" + c, Normalizer.Form.NFC);
            StringBuilder expected = new StringBuilder();
            nfc.chars().forEach(ch -> expected.append(referenceClean((char) ch)));
            assertEquals(expected.toString(), TextCleaner.clean("ab" + c), "char " + (int) c);
            assertEquals(expected + "z\n", TextCleaner.clean("ab" + c + "z\r\n"), "char " + (int) c + " before CRLF");
        }
    }
}

package io.signalcheck.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}

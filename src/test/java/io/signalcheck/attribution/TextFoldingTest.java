package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.signalcheck.text.CharCase;
import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void matchingFormKeepsEveryOffset() {
        String s = "L\u2019entourage du ministre a dit \u00ab\u00a0non\u00a0\u00bb \u2014 selon l\u2019AFP.";
        String m = TextFolding.forMatching(s);
        assertEquals(s.length(), m.length());
        assertEquals("L'entourage du ministre a dit \" non \" - selon l'AFP.", m);
    }

    @Test
    void keyFormFoldsCaseAccentsAndPunctuation() {
        assertEquals("l entourage du ministre", TextFolding.forKey("L\u2019Entourage  du Ministre"));
        assertEquals("regierungskreisen", TextFolding.forKey("Regierungskreisen,"));
        assertEquals("segun fuentes", TextFolding.forKey("Seg\u00fan fuentes"));
    }

    @Test
    void everyCharIsFoldedAndLowerCasedAsByItsDefinition() {
        // the whole-text passes take shortcuts for ASCII: they must give what the plain definitions give
        char[] all = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < all.length; i++) {
            all[i] = (char) i;
        }
        String text = new String(all);
        String folded = TextFolding.forMatching(text);
        char[] lower = CharCase.lowerCased(text);
        for (int i = 0; i < all.length; i++) {
            char c = (char) i;
            char expected = switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '\u2032' -> '\'';
                case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F', '\u2039', '\u203A' -> '"';
                case '\u00A0', '\u202F', '\u2009', '\u2007' -> ' ';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> '-';
                default -> c;
            };
            assertEquals(expected, folded.charAt(i), "folded " + Integer.toHexString(i));
            assertEquals(Character.toLowerCase(c), lower[i], "lower-cased " + Integer.toHexString(i));
        }
    }
}

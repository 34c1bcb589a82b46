package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}

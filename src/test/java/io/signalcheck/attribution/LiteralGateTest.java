package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralGateTest {
    private static boolean may(String regex, String sentence) {
        return LiteralGate.of(regex).mayMatch(LiteralGate.lower(sentence));
    }

    @Test
    void closesWhenNoRequiredWordOccurs() {
        String re = "\\b(?:said|says|told)\\s+(?<name>(?-i:\\p{Lu}\\p{L}+))";
        assertTrue(may(re, "The network was removed, SAID Finch."));
        assertFalse(may(re, "The network was removed on Friday."));
    }

    @Test
    void optionalPartsAndLookaroundsRequireNothing() {
        // only "official" is required: "senior" is optional, the lookahead is zero-width
        String re = "(?:senior\\s+)?officials?(?=\\s+said)";
        assertTrue(may(re, "An official said so."));
        assertFalse(may(re, "A senior diplomat said so."));
    }

    @Test
    void anAlternativeWithoutWordsKeepsTheGateOpen() {
        assertTrue(LiteralGate.of("report|\\p{Lu}+").isOpen());
        assertTrue(LiteralGate.of("(?:ab|cd)").isOpen(), "two-letter words filter nothing");
        assertTrue(LiteralGate.of("\\Qliteral\\E").isOpen(), "syntax it does not read keeps it open");
    }

    @Test
    void neverClosesOnASentenceThePatternMatches() {
        String[] patterns = {"according\\s+to\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:report|assessment)",
            "\\b\\p{L}*(?:kampagne|operation)\\b", "(?<key>\\bsources?\\s+(?:proches?|au\\s+fait))",
            "\\bfuentes?\\s+que\\s+pidieron\\s+(?:el\\s+)?anonimato", "l'entourage\\s+du\\s+\\w+"};
        String[] sentences = {"According to the new EU report, 40 sites were cloned.", "Die Desinformationskampagne lief.",
            "Selon des sources proches du dossier.", "Fuentes que pidieron anonimato lo confirmaron.",
            "L'entourage du ministre dément."};
        for (int i = 0; i < patterns.length; i++) {
            Pattern p = Pattern.compile(patterns[i], PackLoader.FLAGS);
            assertTrue(p.matcher(sentences[i]).find(), patterns[i]);
            assertTrue(may(patterns[i], sentences[i]), "gate closed on a match: " + patterns[i]);
        }
    }

    @Test
    void pairPrefilterGivesTheSameLastStartAsPlainSearch() {
        String[] patterns = {"\\b(?:said|says|told)\\b", "\\bnach\\s+Angaben\\b", "people\\s+\\w+\\s+said"};
        String[] sentences = {"Officials said so.", "Nach Angaben der Behörde", "people who said", "aid ai sa",
            "the people here", "angaben nach", ""};
        int closed = 0;
        for (String re : patterns) {
            LiteralGate gate = LiteralGate.of(re);
            for (String s : sentences) {
                String lower = LiteralGate.lower(s);
                int plain = gate.lastStart(lower);
                org.junit.jupiter.api.Assertions.assertEquals(plain, gate.lastStart(lower, LiteralGate.pairs(lower)),
                        re + " on " + s);
                closed += plain < 0 ? 1 : 0;
            }
        }
        assertTrue(closed > 5, "some gates closed: " + closed);
    }
}

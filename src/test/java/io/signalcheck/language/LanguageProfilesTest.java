package io.signalcheck.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageProfilesTest {
    private final LanguageProfiles profiles = new LanguageProfiles();

    @Test
    void fourSupportedAndFourKnownLanguages() {
        assertEquals(List.of("fr", "en", "de", "es", "it", "pt", "nl", "ca"), profiles.languages());
        for (String lang : List.of("fr", "en", "de", "es")) {
            assertTrue(profiles.isSupported(lang), lang);
        }
        for (String lang : List.of("it", "pt", "nl", "ca", "und", "xx")) {
            assertFalse(profiles.isSupported(lang), lang);
        }
    }

    @Test
    void aWordOfOneLanguageWeighsOne() {
        double[] the = profiles.weightsOf("the");
        assertNotNull(the);
        assertEquals(1.0, the[profiles.languages().indexOf("en")]);
        assertEquals(0.0, the[profiles.languages().indexOf("fr")]);
    }

    @Test
    void sharedWordsAreSplitBetweenTheLanguagesListingThem() {
        double[] los = profiles.weightsOf("los");
        assertEquals(1.0, los[profiles.languages().indexOf("es")]);
        double[] der = profiles.weightsOf("der");
        assertEquals(1.0, der[profiles.languages().indexOf("de")]);
        double[] de = profiles.weightsOf("de");
        double sum = 0;
        int listing = 0;
        for (double w : de) {
            sum += w;
            listing += w > 0 ? 1 : 0;
        }
        assertEquals(1.0, sum, 1e-9);
        assertTrue(listing >= 4, "\"de\" is listed by fr, es, pt, nl, ca");
        assertNull(profiles.weightsOf("kandidat"));
    }

    @Test
    void letterCuesAreIndexedByFirstCharacter() {
        LanguageProfiles.LetterCue[] cues = profiles.cuesStartingWith('ß');
        assertNotNull(cues);
        assertEquals("ß", cues[0].sequence());
        assertEquals(profiles.languages().indexOf("de"), cues[0].language());
        assertNull(profiles.cuesStartingWith('\u4E00'));
    }

    @Test
    void aWordInsideTheTextIsFoundWithoutCuttingItOut() {
        // every listed word of every language, looked up where it stands in a longer text, gives the same weights
        for (String lang : profiles.languages()) {
            for (String word : io.signalcheck.text.ResourceLines.read("/language/words-" + lang + ".txt")) {
                String lower = word.toLowerCase(java.util.Locale.ROOT);
                String text = "xq " + lower + " zz";
                assertTrue(profiles.weightsOf(lower) == profiles.weightsOf(text, 3, 3 + lower.length()), lower);
                // a longer or shorter piece of the text is another word
                assertNull(profiles.weightsOf(text, 3, 4 + lower.length()), lower + " z");
            }
        }
        assertNull(profiles.weightsOf("the", 0, 2), "th");
        assertNull(profiles.weightsOf("an extraordinarily long word", 3, 19));
    }
}

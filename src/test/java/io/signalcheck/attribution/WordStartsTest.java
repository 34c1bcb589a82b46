package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordStartsTest {
    /** The definition, written plainly: an ASCII letter or digit after a char that is not one, or a non-ASCII char. */
    private static List<Integer> plainStarts(String s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            boolean prevAlnum = i > 0 && s.charAt(i - 1) < 128 && Character.isLetterOrDigit(s.charAt(i - 1));
            if (c >= 128 || (alnum && !prevAlnum)) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> listed(WordStarts w) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < w.count(); k++) {
            out.add(w.at(k));
        }
        return out;
    }

    @Test
    void listsThePlacesTheDefinitionGivesForAnyMixOfChars() {
        String alphabet = "aZ09 .,'-_\u00e9\u00df\u2019\u0301\u4e2d\t";
        Random random = new Random(11);
        WordStarts w = new WordStarts();
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(round < 100 ? 5 : 300);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(plainStarts(s), listed(w.on(s)), s);
            assertEquals(s, new String(w.chars()));
        }
    }

    @Test
    void aLongerSentenceAfterShortOnesAndBackAgain() {
        WordStarts w = new WordStarts();
        assertEquals(List.of(0, 3), listed(w.on("He said")));
        String longer = "word ".repeat(500);
        assertEquals(plainStarts(longer), listed(w.on(longer)));
        assertEquals(List.of(1, 7), listed(w.on("\"Hello world\"")));
        assertEquals(2, w.firstAtOrAfter(8), "past the last start");
        String same = "Same sentence";
        assertSame(w.on(same), w.on(same));
        assertEquals(List.of(0, 5), listed(w));
    }
}

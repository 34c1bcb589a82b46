package io.signalcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleScorerWordCountTest {
    /** The definition the ASCII table stands in for: a word is a run of letters or digits. */
    private static int referenceCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    @Test
    void countsRunsOfLettersAndDigits() {
        assertEquals(6, ArticleScorer.countWords("L'IA a créé 3 images.")); // L, IA, a, créé, 3, images
        assertEquals(4, ArticleScorer.countWords("KI-generierte Bilder, 2024"));
        assertEquals(0, ArticleScorer.countWords(" ... -- !? "));
    }

    @Test
    void everyCharIsJudgedAsCharacterIsLetterOrDigitJudgesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            all.append(c).append(' ');
            assertEquals(referenceCount("a " + c + " b"), ArticleScorer.countWords("a " + c + " b"), "char " + (int) c);
        }
        assertEquals(referenceCount(all.toString()), ArticleScorer.countWords(all.toString()));
    }
}

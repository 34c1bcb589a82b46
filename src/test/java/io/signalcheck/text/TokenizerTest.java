package io.signalcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static final Set<String> FR_ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu");

    private static Tokenizer french() {
        return new Tokenizer(new TermNormalizer(WordStemmer.forName("fr-light")), FR_ELISIONS, false);
    }

    private static Tokenizer german() {
        return new Tokenizer(new TermNormalizer(WordStemmer.forName("de-light")), Set.of(), false);
    }

    private static Tokenizer english() {
        return new Tokenizer(new TermNormalizer(WordStemmer.forName("en-minimal")), Set.of(), true);
    }

    private static List<String> forms(List<Token> tokens) {
        return tokens.stream().map(Token::form).toList();
    }

    private static List<String> stems(List<Token> tokens) {
        return tokens.stream().map(Token::stem).toList();
    }

    @Test
    void frenchElisionDropsTheArticleWithStraightOrCurlyApostrophe() {
        List<Token> tokens = french().tokenize("l'IA d’IA qu'il jusqu'à aujourd'hui");
        assertEquals(List.of("ia", "ia", "il", "a", "aujourd'hui"), forms(tokens));
    }

    @Test
    void tokensKeepOffsetsIntoTheText() {
        String text = "Selon l'ANSSI, des images générées.";
        for (Token t : french().tokenize(text)) {
            assertEquals(TermNormalizer.fold(text.substring(t.start(), t.end()).toLowerCase()), t.form());
        }
        Token ia = french().tokenize(text).get(1);
        assertEquals("ANSSI", text.substring(ia.start(), ia.end()));
    }

    @Test
    void offsetsAreRelativeToTheWholeTextWhenTokenizingARange() {
        String text = "First sentence. Fake accounts spread it.";
        List<Token> tokens = english().tokenize(text, 16, text.length());
        assertEquals("Fake", text.substring(tokens.get(0).start(), tokens.get(0).end()));
        assertEquals(16, tokens.get(0).start());
    }

    @Test
    void accentsAreFoldedAndFrenchLightStemmingUnifiesInflections() {
        List<Token> tokens = french().tokenize("générées générée généré Élections élection");
        assertEquals(List.of("generees", "generee", "genere", "elections", "election"), forms(tokens));
        assertEquals(tokens.get(0).stem(), tokens.get(1).stem());
        assertEquals(tokens.get(1).stem(), tokens.get(2).stem());
        assertEquals(tokens.get(3).stem(), tokens.get(4).stem());
    }

    @Test
    void hyphenatedGermanCompoundsSplitIntoParts() {
        List<Token> tokens = german().tokenize("KI-generierte Bilder und Fake-Accounts");
        assertEquals(List.of("ki", "generierte", "bilder", "und", "fake", "accounts"), forms(tokens));
        assertEquals("generiert", tokens.get(1).stem());
        assertEquals("bild", tokens.get(2).stem());
        assertFalse(tokens.get(1).clauseBreakBefore(), "a hyphen inside a word is not a clause break");
    }

    @Test
    void germanFoldingHandlesUmlautsAndSharpS() {
        assertEquals(List.of("wahler", "strasse", "gefalschte"), forms(german().tokenize("Wähler Straße gefälschte")));
        assertEquals("desinformationskampagne", german().tokenize("Desinformationskampagne").get(0).form());
    }

    @Test
    void englishHyphenVariantsTokenizeAlikeAndPossessivesAreDropped() {
        assertEquals(forms(english().tokenize("AI generated images")), forms(english().tokenize("AI-generated images")));
        assertEquals(List.of("russia", "troll", "farms"), forms(english().tokenize("Russia’s troll-farms")));
        assertEquals(List.of("image", "account", "party"), stems(english().tokenize("images accounts parties")));
        assertEquals(List.of("didn't"), forms(english().tokenize("didn’t")));
    }

    @Test
    void clausePunctuationMarksTheNextToken() {
        List<Token> tokens = english().tokenize("no bots; fake accounts - yes (really) ok");
        assertFalse(tokens.get(1).clauseBreakBefore());
        assertTrue(tokens.get(2).clauseBreakBefore(), "after ;");
        assertTrue(tokens.get(4).clauseBreakBefore(), "after a spaced dash");
        assertTrue(tokens.get(5).clauseBreakBefore(), "after (");
        assertTrue(tokens.get(6).clauseBreakBefore(), "after )");
    }

    @Test
    void punctuationOnlyTextHasNoTokens() {
        assertTrue(english().tokenize("... !!! ---").isEmpty());
    }

    @Test
    void unknownStemmerIsAnError() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> WordStemmer.forName("klingon"));
        assertEquals("generat", new TermNormalizer(WordStemmer.forName("snowball:English")).keys("generated").stem());
    }
}

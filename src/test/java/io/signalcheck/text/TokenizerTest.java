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

    @Test
    void lowerCasingNeverChangesWhetherACharIsAWordCharAnApostropheOrWhitespace() {
        // the tokenizer finds words in the lower-cased text: this is what makes them the same words
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            char lower = Character.toLowerCase(c);
            assertEquals(Tokenizer.isWordChar(c), Tokenizer.isWordChar(lower), "word char " + Integer.toHexString(i));
            assertEquals(Tokenizer.isApostrophe(c), Tokenizer.isApostrophe(lower), "apostrophe " + Integer.toHexString(i));
            assertEquals(Character.isWhitespace(c), Character.isWhitespace(lower), "whitespace " + Integer.toHexString(i));
        }
    }

    @Test
    void upperCaseAndNonAsciiWordsGetTheKeysOfTheirLowerCase() {
        Tokenizer de = german();
        List<Token> upper = de.tokenize("WÄHLER İSTANBUL ΑΘΗΝΑ KI-GENERIERTE");
        List<Token> lower = de.tokenize("wähler i\u0307stanbul αθηνα ki-generierte");
        assertEquals(List.of("wahler", "istanbul", "αθηνα", "ki", "generierte"), forms(upper));
        assertEquals(forms(lower), forms(upper));
        assertEquals(stems(lower), stems(upper));
    }

    @Test
    void aBufferReusedForAnotherTextTokenizesThatText() {
        Tokenizer en = english();
        TokenBuffer buffer = new TokenBuffer();
        String first = "Fake accounts spread AI images.";
        String second = "BOTS posted LEAKED emails.";
        en.tokenize(first, 0, first.length(), buffer);
        assertEquals(5, buffer.size());
        en.tokenize(second, 5, second.length(), buffer);
        List<String> forms = new java.util.ArrayList<>();
        for (int i = 0; i < buffer.size(); i++) {
            forms.add(buffer.keys(i).form());
        }
        assertEquals(List.of("posted", "leaked", "emails"), forms);
        assertEquals(5, buffer.start(0));
        assertEquals(11, buffer.end(0));
        assertEquals(forms(en.tokenize(second, 5, second.length())), forms);
    }
}

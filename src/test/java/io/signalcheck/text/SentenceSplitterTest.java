package io.signalcheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Splits, checks the offset contract on every sentence, and returns the sentence texts. */
    private List<String> split(String text, String language) {
        List<Sentence> sentences = splitter.split(text, language);
        for (Sentence s : sentences) {
            assertEquals(s.text(), text.substring(s.start(), s.end()), "offsets of " + s);
            assertEquals(s.text().strip(), s.text(), "trimmed: " + s);
            assertTrue(!s.text().isEmpty());
        }
        for (int i = 1; i < sentences.size(); i++) {
            assertTrue(sentences.get(i).start() >= sentences.get(i - 1).end(), "in order");
        }
        return sentences.stream().map(Sentence::text).toList();
    }

    @Test
    void plainSentences() {
        assertEquals(List.of("One sentence here.", "Another one!", "A question?"),
                split("One sentence here. Another one! A question?", "en"));
    }

    @Test
    void englishAbbreviationsAndInitials() {
        assertEquals(List.of(
                "Mr. Smith met Dr. Jones in the U.S. Senate on Jan. 6 to discuss the U.K. report.",
                "J. Smith, a former Gen. in the army, agreed.",
                "The rate rose to 3.5 per cent, e.g. in Ohio."),
                split("Mr. Smith met Dr. Jones in the U.S. Senate on Jan. 6 to discuss the U.K. report. "
                        + "J. Smith, a former Gen. in the army, agreed. The rate rose to 3.5 per cent, e.g. in Ohio.", "en"));
    }

    @Test
    void sentenceEndingAbbreviationBeforeACapital() {
        assertEquals(List.of("They used bots, fake pages, etc.", "The report said so."),
                split("They used bots, fake pages, etc. The report said so.", "en"));
        assertEquals(List.of("The vote closes at 8 p.m. on Sunday."), split("The vote closes at 8 p.m. on Sunday.", "en"));
    }

    @Test
    void quotesCloseTheSentence() {
        assertEquals(List.of("He said: \"We saw nothing.\"", "Then he left.", "“Is it true?” she asked.", "“Yes.”", "'Never.'", "Fine."),
                split("He said: \"We saw nothing.\" Then he left. “Is it true?” she asked. “Yes.” 'Never.' Fine.", "en"));
    }

    @Test
    void frenchTitlesGuillemetsAndEllipses() {
        assertEquals(List.of(
                "M. Dupont et Mme. Martin ont rencontré le Dr. Leroy.",
                "« Nous n'avons vu aucun signe d'ingérence. »",
                "Le ministre a ajouté… qu'il attendait le rapport.",
                "Vraiment ?",
                "Oui !"),
                split("M. Dupont et Mme. Martin ont rencontré le Dr. Leroy. « Nous n'avons vu aucun signe d'ingérence. » "
                        + "Le ministre a ajouté… qu'il attendait le rapport. Vraiment ? Oui !", "fr"));
    }

    @Test
    void frenchNoBreakSpaceBeforeClosingGuillemet() {
        String text = "Il a dit\u00a0: «\u202fC'est faux.\u202f» La suite est connue.";
        assertEquals(List.of("Il a dit\u00a0: «\u202fC'est faux.\u202f»", "La suite est connue."), split(text, "fr"));
    }

    @Test
    void germanAbbreviationsAndOrdinalDates() {
        assertEquals(List.of(
                "Am 1. Januar wurden z. B. gefälschte Konten gesperrt, d. h. rund 300 Profile.",
                "Im 19. Jahrhundert gab es das nicht.",
                "Dr. Müller bzw. Prof. Weber sprachen u. a. mit der Behörde.",
                "Die Wahl fand 2021 statt.",
                "Danach kam der Bericht."),
                split("Am 1. Januar wurden z. B. gefälschte Konten gesperrt, d. h. rund 300 Profile. "
                        + "Im 19. Jahrhundert gab es das nicht. Dr. Müller bzw. Prof. Weber sprachen u. a. mit der Behörde. "
                        + "Die Wahl fand 2021 statt. Danach kam der Bericht.", "de"));
        assertEquals(List.of("Das gilt z.B. für Wahlen."), split("Das gilt z.B. für Wahlen.", "de"));
    }

    @Test
    void germanYearBeforeAPeriodStillEndsTheSentence() {
        assertEquals(List.of("Das geschah 2016.", "Die Ermittler wussten es."), split("Das geschah 2016. Die Ermittler wussten es.", "de"));
    }

    @Test
    void ordinalsAreGermanOnly() {
        assertEquals(List.of("They finished 2.", "Then they left."), split("They finished 2. Then they left.", "en"));
    }

    @Test
    void spanishAbbreviationsAndInvertedMarks() {
        assertEquals(List.of(
                "El Sr. García y la Sra. López hablaron con funcionarios de EE. UU. sobre la campaña.",
                "¿Quién pagó los anuncios?",
                "¡Nadie lo sabe!",
                "Hubo redes, p. ej. en Facebook, etc.",
                "El informe lo confirma."),
                split("El Sr. García y la Sra. López hablaron con funcionarios de EE. UU. sobre la campaña. "
                        + "¿Quién pagó los anuncios? ¡Nadie lo sabe! Hubo redes, p. ej. en Facebook, etc. El informe lo confirma.", "es"));
    }

    @Test
    void spanishClosingGuillemet() {
        assertEquals(List.of("Dijo: «No vimos nada».", "Luego se fue."), split("Dijo: «No vimos nada». Luego se fue.", "es"));
        assertEquals(List.of("Dijo: «No vimos nada.»", "Luego se fue."), split("Dijo: «No vimos nada.» Luego se fue.", "es"));
    }

    @Test
    void headlinesAndParagraphs() {
        String text = "Fake accounts target the vote\nInvestigators found hundreds of them.\n\nA second paragraph\n\n"
                + "Sources\n- one report\n- two officials";
        assertEquals(List.of("Fake accounts target the vote", "Investigators found hundreds of them.", "A second paragraph",
                "Sources", "- one report", "- two officials"), split(text, "en"));
    }

    @Test
    void wrappedLineContinuesTheSentence() {
        assertEquals(List.of("The accounts were\nrun from abroad.", "Next."), split("The accounts were\nrun from abroad. Next.", "en"));
    }

    @Test
    void blankLineAlwaysBreaksEvenInsideASentence() {
        assertEquals(List.of("a sentence cut", "in two."), split("a sentence cut\n\n  \nin two.", "en"));
    }

    @Test
    void lowercaseAfterAPeriodDoesNotBreak() {
        assertEquals(List.of("Costs rose, i.e. sharply, in May."), split("Costs rose, i.e. sharply, in May.", "en"));
        assertEquals(List.of("Il a dit... et puis il est parti."), split("Il a dit... et puis il est parti.", "fr"));
    }

    @Test
    void undeterminedLanguageUsesEveryList() {
        assertEquals(List.of("Dr. Weber traf z. B. Sr. García.", "Fin."), split("Dr. Weber traf z. B. Sr. García. Fin.", "und"));
        assertEquals(List.of("Dr. Weber arrived.", "Fin."), split("Dr. Weber arrived. Fin.", null));
        assertEquals(List.of("Mme. Roux est là.", "Fin."), split("Mme. Roux est là. Fin.", "it"));
    }

    @Test
    void emptyAndWhitespaceOnly() {
        assertEquals(List.of(), split("", "en"));
        assertEquals(List.of(), split(" \n\n\t ", "en"));
        assertEquals(List.of("No final punctuation"), split("  No final punctuation  ", "en"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "  Erste Zeile.   Zweite Zeile!\n\nDritte";
        List<Sentence> sentences = splitter.split(text, "de");
        assertEquals(new Sentence(2, 14, "Erste Zeile."), sentences.get(0));
        assertEquals(new Sentence(17, 30, "Zweite Zeile!"), sentences.get(1));
        assertEquals(new Sentence(32, 38, "Dritte"), sentences.get(2));
    }

    @Test
    void longTextIsSplitInLinearTime() {
        String sentence = "Dr. Weber sagte am 3. Mai, die Konten seien z. B. gefälscht gewesen. ";
        String text = sentence.repeat(50_000);
        long t0 = System.nanoTime();
        List<Sentence> sentences = splitter.split(text, "de");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(50_000, sentences.size());
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    /** A page of words with no sentence punctuation is cut at whitespace into sentences of bounded length. */
    @Test
    void anOverLongRunOfWordsIsCutAtWhitespace() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; b.length() < 10_000; k++) {
            b.append(k % 7 == 0 ? "Russia " : "campaign ").append("word").append(k).append(' ');
        }
        String text = b.toString().strip();
        List<Sentence> sentences = splitter.split(text, "en");
        assertTrue(sentences.size() >= 5, "pieces: " + sentences.size());
        StringBuilder joined = new StringBuilder();
        for (Sentence s : sentences) {
            assertTrue(s.text().length() <= SentenceSplitter.MAX_SENTENCE_CHARS, "length " + s.text().length());
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            assertTrue(s.end() == text.length() || Character.isWhitespace(text.charAt(s.end())), "cut at a space");
            joined.append(joined.length() > 0 ? " " : "").append(s.text());
        }
        assertEquals(text, joined.toString(), "every word kept, in order");
    }

    @Test
    void anOverLongRunWithoutWhitespaceIsCutAtTheLimit() {
        String text = "x".repeat(SentenceSplitter.MAX_SENTENCE_CHARS * 2 + 5);
        assertEquals(List.of(SentenceSplitter.MAX_SENTENCE_CHARS, SentenceSplitter.MAX_SENTENCE_CHARS, 5),
                splitter.split(text, "en").stream().map(s -> s.text().length()).toList());
    }

    @Test
    void sentencesOfOrdinaryLengthAreNotCut() {
        String sentence = "word ".repeat(SentenceSplitter.MAX_SENTENCE_CHARS / 5 - 1) + "end.";
        assertEquals(List.of(sentence), split(sentence + " ", "en"));
    }
}

package io.signalcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.text.Sentence;
import io.signalcheck.text.SentenceSplitter;
import io.signalcheck.text.Token;
import io.signalcheck.text.TokenBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The lexicon's indexed scan (first word by index, second word by key number, then verification) reports exactly
 * the term occurrences that comparing every word of every term at every token finds, on the bundled packs.
 */
class LexiconScanTest {
    private static final RuleEngine ENGINE = RuleEngine.bundled();

    /** Every term occurrence as "id@first-last", from the scan and from the plain definition, in a sentence. */
    private static List<List<String>> both(LanguageRules rules, String text, int from, int to) {
        Lexicon lexicon = rules.lexicon();
        TokenBuffer buffer = new TokenBuffer();
        rules.tokenizer().tokenize(text, from, to, buffer);
        List<String> scanned = new ArrayList<>();
        lexicon.scan(buffer, (id, first, last) -> scanned.add(id + "@" + first + "-" + last));
        List<Token> tokens = rules.tokenizer().tokenize(text, from, to);
        List<String> plain = new ArrayList<>();
        for (int at = 0; at < tokens.size(); at++) {
            for (int id = 0; id < lexicon.size(); id++) {
                if (lexicon.occursAt(id, tokens, at)) {
                    plain.add(id + "@" + at + "-" + (at + lexicon.termLength(id) - 1));
                }
            }
        }
        scanned.sort(null);
        plain.sort(null);
        return List.of(scanned, plain);
    }

    @Test
    void scanFindsWhatComparingEveryWordFindsOnTheCorpus() throws Exception {
        DocumentExtractor extractor = new DocumentExtractor();
        int occurrences = 0;
        for (String lang : List.of("fr", "en", "de", "es")) {
            LanguageRules rules = ENGINE.forLanguage(lang).orElseThrow();
            for (String split : List.of("tuning", "heldout")) {
                List<Path> files;
                try (Stream<Path> s = Files.list(Path.of("corpus", split, lang))) {
                    files = s.filter(f -> !f.toString().endsWith(".labels.json")).sorted().toList();
                }
                for (Path f : files) {
                    String text = extractor.extract(Files.readAllBytes(f), f.toString()).text();
                    for (Sentence s : new SentenceSplitter().split(text, lang)) {
                        List<List<String>> found = both(rules, text, s.start(), s.end());
                        assertEquals(found.get(1), found.get(0), lang + ": " + s.text());
                        occurrences += found.get(0).size();
                    }
                }
            }
        }
        assertTrue(occurrences > 1000, "the corpus holds term occurrences: " + occurrences);
    }

    @Test
    void aTermWhoseSecondWordDiffersIsNotReportedAndOneWhoseMatchesIs() {
        LanguageRules en = ENGINE.forLanguage("en").orElseThrow();
        String[] texts = {"The Guardian reported it.", "The guardians of the vote.", "the the guardian guardian",
            "Fake accounts and fake account networks", "hack and leak", "hack and", "and"};
        for (String text : texts) {
            List<List<String>> found = both(en, text, 0, text.length());
            assertEquals(found.get(1), found.get(0), text);
        }
    }
}

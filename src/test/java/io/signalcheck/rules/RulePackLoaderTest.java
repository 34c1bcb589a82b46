package io.signalcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading packs from a directory: discovery by index.json, validation errors, version hash. */
class RulePackLoaderTest {
    @TempDir
    Path dir;

    private static final String INDEX = """
            {"format": 1, "languages": {"xx": {"stemmer": "none"}, "yy": {}}}
            """;

    private static String rule(String id, String extra) {
        return """
                {"language": "xx", "rules": [{"id": "%s", "signal": "inauthentic_accounts", "disarm": ["T0143.002"],
                  "patterns": [{"all": [["fake"], ["account*"]], "within": 3}], %s
                  "positive": ["a fake account"]}]}
                """.formatted(id, extra);
    }

    private void write(String path, String content) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }

    private static List<RuleMatch> match(RuleEngine engine, String lang, String sentence) {
        return engine.match(new AnalyzedText(sentence, lang, List.of(new Sentence(0, sentence.length(), sentence))));
    }

    @Test
    void languagesComeFromTheIndexAndALanguageWithoutFilesMatchesNothing() throws IOException {
        write("index.json", INDEX);
        write("xx/signals.json", rule("xx.inauthentic.fake", ""));
        RuleEngine engine = new RulePackLoader().loadDirectory(dir);
        assertEquals(List.of("xx", "yy"), engine.languages());
        assertEquals(1, match(engine, "xx", "two fake accounts").size());
        assertTrue(match(engine, "yy", "two fake accounts").isEmpty());
        assertTrue(match(engine, "zz", "two fake accounts").isEmpty(), "unlisted language");
        assertTrue(match(engine, null, "two fake accounts").isEmpty());
    }

    @Test
    void versionIsStableAndChangesWithAnyPackEdit() throws IOException {
        write("index.json", INDEX);
        write("xx/signals.json", rule("xx.inauthentic.fake", ""));
        String v1 = new RulePackLoader().loadDirectory(dir).version();
        assertEquals(v1, new RulePackLoader().loadDirectory(dir).version());
        assertTrue(v1.matches("1-[0-9a-f]{10}"), v1);
        write("xx/signals.json", rule("xx.inauthentic.fake", "\"weight\": 0.6,"));
        assertNotEquals(v1, new RulePackLoader().loadDirectory(dir).version());
    }

    @Test
    void malformedPacksFailWithTheFileAndRuleInTheMessage() throws IOException {
        write("index.json", INDEX);
        write("xx/signals.json", rule("xx.inauthentic.fake", "\"requireContex\": [\"x\"],"));
        RulePackException e = assertThrows(RulePackException.class, () -> new RulePackLoader().loadDirectory(dir));
        assertTrue(e.getMessage().contains("xx.inauthentic.fake") && e.getMessage().contains("requireContex"), e.getMessage());

        write("xx/signals.json", rule("yy.inauthentic.fake", ""));
        e = assertThrows(RulePackException.class, () -> new RulePackLoader().loadDirectory(dir));
        assertTrue(e.getMessage().contains("\"id\""), e.getMessage());

        write("xx/signals.json", rule("xx.inauthentic.fake", "").replace("T0143.002", "T99"));
        e = assertThrows(RulePackException.class, () -> new RulePackLoader().loadDirectory(dir));
        assertTrue(e.getMessage().contains("T99"), e.getMessage());

        write("xx/signals.json", rule("xx.inauthentic.fake", "").replace("inauthentic_accounts", "nonsense"));
        e = assertThrows(RulePackException.class, () -> new RulePackLoader().loadDirectory(dir));
        assertTrue(e.getMessage().contains("nonsense"), e.getMessage());

        write("xx/signals.json", "{ not json");
        e = assertThrows(RulePackException.class, () -> new RulePackLoader().loadDirectory(dir));
        assertTrue(e.getMessage().contains("signals.json") && e.getMessage().contains("invalid JSON"), e.getMessage());

        write("xx/signals.json", rule("xx.inauthentic.fake", "\"excludeContext\": [\"@MISSING\"],"));
        e = assertThrows(RulePackException.class, () -> new RulePackLoader().loadDirectory(dir));
        assertTrue(e.getMessage().contains("@MISSING"), e.getMessage());
    }

    @Test
    void missingIndexAndUnknownStemmerAreErrors() throws IOException {
        assertThrows(RulePackException.class, () -> new RulePackLoader().loadDirectory(dir));
        write("index.json", "{\"format\": 1, \"languages\": {\"xx\": {\"stemmer\": \"nope\"}}}");
        RulePackException e = assertThrows(RulePackException.class, () -> new RulePackLoader().loadDirectory(dir));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void bundledPacksLoadForTheFourLanguages() {
        RuleEngine engine = RuleEngine.bundled();
        assertTrue(engine.languages().containsAll(List.of("de", "en", "es", "fr")), engine.languages().toString());
        assertTrue(engine.forLanguage("en").orElseThrow().rules().size() >= 20);
        assertTrue(engine.forLanguage("fr").orElseThrow().rules().size() >= 20);
    }
}

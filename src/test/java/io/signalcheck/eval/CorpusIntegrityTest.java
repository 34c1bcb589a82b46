package io.signalcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalcheck.signals.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the committed evaluation corpus (corpus/README.md) whatever languages it holds: every label file is
 * well-formed and agrees with the thirds rule (the loader enforces that), and each language present has enough
 * articles, a held-out third, the three kinds of article in both parts, and the file formats the README promises.
 */
class CorpusIntegrityTest {
    /** The committed corpus; {@code -Dsignalcheck.corpus=DIR} checks another copy (e.g. before a merge). */
    static final Path CORPUS = Path.of(System.getProperty("signalcheck.corpus", "corpus"));
    static final Pattern ID = Pattern.compile("([a-z]{2})-\\d{2}-[a-z0-9]+(-[a-z0-9]+)*");
    static final ObjectMapper JSON = new ObjectMapper();

    static List<LabelledArticle> articles;
    static Map<String, List<LabelledArticle>> byLanguage;

    @BeforeAll
    static void load() throws IOException {
        try {
            articles = new CorpusLoader().load(CORPUS);
        } catch (CorpusException e) {
            fail(e.getMessage());
        }
        byLanguage = articles.stream().collect(Collectors.groupingBy(LabelledArticle::language, TreeMap::new,
                Collectors.toList()));
    }

    @Test
    void everyLanguageFolderExistsInBothParts() throws IOException {
        assertEquals(folders(CORPUS.resolve("tuning")), folders(CORPUS.resolve("heldout")));
        assertTrue(byLanguage.keySet().containsAll(Set.of("en", "fr")), byLanguage.keySet().toString());
        for (String lang : byLanguage.keySet()) {
            assertTrue(lang.matches("[a-z]{2}"), "language folder " + lang);
        }
    }

    @Test
    void eachLanguageHasEnoughArticlesAndAHeldOutThird() {
        byLanguage.forEach((lang, list) -> {
            long heldout = list.stream().filter(a -> a.split().equals(LabelledArticle.HELDOUT)).count();
            assertTrue(list.size() >= 15, lang + " has " + list.size() + " articles, at least 15 expected");
            double share = (double) heldout / list.size();
            assertTrue(share >= 0.25 && share <= 0.40, lang + " holds out " + heldout + " of " + list.size());
        });
    }

    @Test
    void idsFollowTheConventionAndNameTheirLanguage() {
        for (LabelledArticle a : articles) {
            var m = ID.matcher(a.id());
            assertTrue(m.matches(), "id " + a.id());
            assertEquals(a.language(), m.group(1), "id " + a.id() + " in folder " + a.language());
        }
    }

    @Test
    void eachKindIsInBothPartsOfEveryLanguage() {
        byLanguage.forEach((lang, list) -> {
            for (String split : List.of(LabelledArticle.TUNING, LabelledArticle.HELDOUT)) {
                Set<String> kinds = list.stream().filter(a -> a.split().equals(split)).map(LabelledArticle::kind)
                        .collect(Collectors.toSet());
                assertEquals(CorpusLoader.KINDS, kinds, lang + " " + split);
            }
        });
    }

    @Test
    void kindsAgreeWithTheirLabels() {
        for (LabelledArticle a : articles) {
            switch (a.kind()) {
                case "positive" -> {
                    assertTrue(a.influenceOperation(), a.id());
                    assertFalse(a.detected().isEmpty(), a.id() + ": a positive asserts at least one signal");
                }
                case "hard_negative" -> {
                    assertFalse(a.influenceOperation(), a.id());
                    assertTrue(a.detected().isEmpty(), a.id() + ": a hard negative asserts no signal");
                }
                case "negated" -> {
                    assertFalse(a.influenceOperation(), a.id());
                    assertFalse(a.mentionedOnly().isEmpty(), a.id() + ": a negated article mentions some signal");
                }
                default -> fail("unknown kind " + a.kind());
            }
        }
    }

    @Test
    void everySignalHasPositivesInBothParts() {
        for (String split : List.of(LabelledArticle.TUNING, LabelledArticle.HELDOUT)) {
            for (Signal s : Signal.values()) {
                long n = articles.stream().filter(a -> a.split().equals(split) && a.detected().contains(s.id()))
                        .count();
                assertTrue(n >= 1, s.id() + " has no positive in " + split);
            }
        }
    }

    @Test
    void eachLanguageHasHtmlAndJsonExports() {
        byLanguage.forEach((lang, list) -> {
            assertTrue(count(list, ".html") >= 2, lang + " needs at least 2 HTML articles");
            assertTrue(count(list, ".json") >= 1, lang + " needs at least 1 JSON article export");
        });
    }

    @Test
    void jsonExportsCarryTitleTextUrlAndTheirLanguage() throws IOException {
        for (LabelledArticle a : articles) {
            if (a.file().toString().endsWith(".json")) {
                JsonNode n = JSON.readTree(a.file().toFile());
                for (String field : List.of("title", "text", "url", "language")) {
                    assertTrue(n.path(field).isTextual() && !n.get(field).asText().isBlank(), a.id() + " " + field);
                }
                assertEquals(a.language(), n.get("language").asText(), a.id());
            }
        }
    }

    @Test
    void articlesAreBetween150And500Words() throws IOException {
        List<String> outside = new ArrayList<>();
        for (LabelledArticle a : articles) {
            int words = words(articleText(a.file()));
            if (words < 150 || words > 500) {
                outside.add(a.id() + " (" + words + " words)");
            }
        }
        assertTrue(outside.isEmpty(), "articles outside 150-500 words: " + outside);
    }

    /** The article's own text: the JSON text field, or the HTML main/article content without scripts. */
    static String articleText(Path file) throws IOException {
        String raw = Files.readString(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) {
            return JSON.readTree(raw).path("text").asText();
        }
        if (name.endsWith(".html")) {
            Document doc = Jsoup.parse(raw);
            doc.select("script, style, nav, header, footer, aside").remove();
            Element main = doc.selectFirst("article");
            if (main == null) {
                main = doc.selectFirst("main");
            }
            return (main == null ? doc.body() : main).text();
        }
        return raw;
    }

    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static long count(List<LabelledArticle> list, String ext) {
        return list.stream().filter(a -> a.file().toString().endsWith(ext)).count();
    }

    private static Set<String> folders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}

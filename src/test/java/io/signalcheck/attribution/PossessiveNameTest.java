package io.signalcheck.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.text.Sentence;
import io.signalcheck.text.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packs' {CAP} macro takes the letters of a capitalised word possessively ({@code *+}): nothing that may
 * follow a name ({@code \s}, {@code '}, {@code ,}, the end) can start inside a capitalised word, so giving
 * letters back can never lead to another match, only to slow failures. This checks that claim rule by rule: the
 * same rule with a greedy {CAP} finds exactly the same matches, with the same groups, on every pack example and
 * every sentence of the corpus, as written and upper-cased.
 */
class PossessiveNameTest {
    private static final String POSSESSIVE = "\\.(?=\\p{L}))*+(?:'";
    private static final String GREEDY = "\\.(?=\\p{L}))*(?:'";

    @Test
    void greedyAndPossessiveNamesFindTheSameMatchesEverywhere() throws Exception {
        Map<String, AttributionPack> packs = new PackLoader().loadAll();
        List<String> sentences = new ArrayList<>();
        for (AttributionPack pack : packs.values()) {
            pack.sources().forEach(r -> {
                sentences.addAll(r.positive());
                sentences.addAll(r.negative());
            });
            pack.actorExamples().forEach(e -> sentences.add(e.text()));
        }
        sentences.addAll(corpusSentences());
        int rules = 0;
        long compared = 0;
        for (AttributionPack pack : packs.values()) {
            for (SourceRule r : pack.sources()) {
                Pattern fast = r.pattern();
                if (!fast.pattern().contains(POSSESSIVE)) {
                    continue;
                }
                rules++;
                Pattern slow = Pattern.compile(fast.pattern().replace(POSSESSIVE, GREEDY), fast.flags());
                for (String s : sentences) {
                    for (String v : List.of(TextFolding.forMatching(s), TextFolding.forMatching(s).toUpperCase(Locale.ROOT))) {
                        assertEquals(matches(slow, v), matches(fast, v), r.id() + " on " + v);
                        compared++;
                    }
                }
            }
        }
        assertTrue(rules >= 12, "rules with {NAME}: " + rules);
        assertTrue(sentences.size() > 1000, "sentences: " + sentences.size());
        assertTrue(compared > 20_000, "compared " + compared);
    }

    /** Every match from every start (as SourceFinder restarts one char after each), with all its groups. */
    private static List<String> matches(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        for (int from = 0; from < s.length() && m.find(from); from = m.start() + 1) {
            StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                b.append('|').append(m.group(g));
            }
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> corpusSentences() throws Exception {
        List<String> out = new ArrayList<>();
        DocumentExtractor extractor = new DocumentExtractor();
        SentenceSplitter splitter = new SentenceSplitter();
        try (Stream<Path> files = Files.walk(Path.of("corpus"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".labels.json")) {
                    continue;
                }
                String text = extractor.extract(Files.readAllBytes(f), name).text();
                String lang = f.getParent().getFileName().toString();
                for (Sentence s : splitter.split(text, lang)) {
                    out.add(s.text());
                }
            }
        }
        return out;
    }
}

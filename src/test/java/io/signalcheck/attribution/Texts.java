package io.signalcheck.attribution;

import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.text.AnalyzedText;
import io.signalcheck.text.Sentence;
import io.signalcheck.text.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Builds analysed texts for tests: the given sentences joined by a space, with exact offsets (no splitter needed). */
final class Texts {
    private Texts() {}

    static AnalyzedText of(String language, String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(s);
            out.add(new Sentence(start, text.length(), s));
        }
        return new AnalyzedText(text.toString(), language, out);
    }

    /** Every example sentence the packs carry: each sourcing rule's positives and negatives, then actor examples. */
    static List<String> packExamples(Map<String, AttributionPack> packs) {
        List<String> out = new ArrayList<>();
        for (AttributionPack pack : packs.values()) {
            pack.sources().forEach(r -> {
                out.addAll(r.positive());
                out.addAll(r.negative());
            });
            pack.actorExamples().forEach(e -> out.add(e.text()));
        }
        return out;
    }

    /** Every sentence of every corpus article (tuning and held-out, all languages), as the splitter cuts them. */
    static List<String> corpusSentences() throws Exception {
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

    /**
     * Each sentence in matching form three ways: as written, upper-cased, and with longer and other runs of
     * whitespace (pre-checks that count words or fold case must hold for all three).
     */
    static List<String> matchingVariants(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String raw : sentences) {
            String s = TextFolding.forMatching(raw);
            out.add(s);
            out.add(s.toUpperCase(java.util.Locale.ROOT));
            out.add(s.replace(" ", "  ").replace(",  ", ",\u2003"));
        }
        return out;
    }

    /** Every match from every start (as SourceFinder restarts one char after each), with all its groups. */
    static List<String> allMatches(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        for (int from = 0; from < s.length() && m.find(from); from = m.start() + 1) {
            out.add(describe(m));
        }
        return out;
    }

    /** A match as "start-end|group1|group2...". */
    static String describe(Matcher m) {
        StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            b.append('|').append(m.group(g));
        }
        return b.toString();
    }
}

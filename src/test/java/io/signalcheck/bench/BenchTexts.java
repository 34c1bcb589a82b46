package io.signalcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import io.signalcheck.extraction.DocumentExtractor;
import io.signalcheck.extraction.RejectedInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Long benchmark articles per language, built by repeating our own sample paragraphs (bench/paragraphs.txt). */
final class BenchTexts {
    private BenchTexts() {}

    static Map<String, String> paragraphs() {
        try (InputStream in = BenchTexts.class.getResourceAsStream("/bench/paragraphs.txt")) {
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    String[] parts = line.split("\t", 2);
                    out.put(parts[0], parts[1]);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article of at least {@code minChars} characters in {@code lang}, paragraphs separated by blank lines. */
    static String article(String lang, int minChars) {
        String para = paragraphs().get(lang);
        StringBuilder sb = new StringBuilder("Headline for a long " + lang + " report\n\n");
        while (sb.length() < minChars) {
            sb.append(para).append("\n\n");
        }
        return sb.toString();
    }

    /**
     * A long article of at least {@code minChars} characters made of the extracted text of every corpus article in
     * {@code lang} (tuning and held-out, in file-name order), repeated: real prose in which, as in long reports,
     * most sentences carry no attribution. Read from {@code corpus/} under the working directory.
     */
    static String corpusArticle(String lang, int minChars) {
        DocumentExtractor extractor = new DocumentExtractor();
        StringBuilder once = new StringBuilder();
        for (String split : new String[] {"tuning", "heldout"}) {
            try (Stream<Path> files = Files.list(Path.of("corpus", split, lang))) {
                for (Path f : files.sorted().toList()) {
                    if (!f.getFileName().toString().endsWith(".labels.json")) {
                        once.append(extractor.extract(Files.readAllBytes(f), f.getFileName().toString()).text())
                                .append("\n\n");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RejectedInputException e) {
                throw new IllegalStateException("corpus file rejected: " + e.getMessage(), e);
            }
        }
        StringBuilder sb = new StringBuilder();
        while (sb.length() < minChars) {
            sb.append(once);
        }
        return sb.toString();
    }
}

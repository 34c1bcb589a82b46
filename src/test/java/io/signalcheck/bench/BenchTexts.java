package io.signalcheck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
}

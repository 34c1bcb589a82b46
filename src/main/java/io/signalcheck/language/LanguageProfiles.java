package io.signalcheck.language;

import io.signalcheck.text.ResourceLines;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The detector's data, read once from {@code src/main/resources/language/}: the list of languages
 * ({@code languages.txt}), each language's frequent words ({@code words-<code>.txt}) and its telling
 * letter sequences ({@code letters-<code>.txt}). A word listed by several languages is worth
 * 1/(number of languages listing it), so shared words ("de", "la", "en") weigh little.
 */
final class LanguageProfiles {
    private static final String DIR = "/language/";

    /** A letter sequence and what it is worth to one language (by index) at each occurrence. */
    record LetterCue(int language, String sequence, double weight) {}

    /** Cues are looked up by their first character; characters beyond this table carry no cue. */
    private static final int CUE_TABLE_SIZE = 0x3000;

    private final List<String> languages = new ArrayList<>();
    private final Set<String> supported = new TreeSet<>();
    /** word → weight per language index. */
    private final Map<String, double[]> wordWeights = new HashMap<>();
    private final LetterCue[][] cuesByFirstChar = new LetterCue[CUE_TABLE_SIZE][];

    LanguageProfiles() {
        for (String line : lines("languages.txt")) {
            String[] parts = line.split("\\s+");
            languages.add(parts[0]);
            if (parts.length > 1 && parts[1].equals("supported")) {
                supported.add(parts[0]);
            }
        }
        Map<String, Set<String>> listedBy = new HashMap<>();
        for (String lang : languages) {
            for (String word : lines("words-" + lang + ".txt")) {
                listedBy.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new TreeSet<>()).add(lang);
            }
            if (resource("letters-" + lang + ".txt") != null) {
                for (String line : lines("letters-" + lang + ".txt")) {
                    String[] parts = line.split("\\s+");
                    addCue(new LetterCue(languages.indexOf(lang), parts[0].toLowerCase(Locale.ROOT), Double.parseDouble(parts[1])));
                }
            }
        }
        listedBy.forEach((word, langs) -> {
            double[] weights = new double[languages.size()];
            for (String lang : langs) {
                weights[languages.indexOf(lang)] = 1.0 / langs.size();
            }
            wordWeights.put(word, weights);
        });
    }

    private void addCue(LetterCue cue) {
        char first = cue.sequence().charAt(0);
        if (first >= CUE_TABLE_SIZE) {
            throw new IllegalStateException("letter cue outside the supported range: " + cue.sequence());
        }
        LetterCue[] existing = cuesByFirstChar[first];
        LetterCue[] grown = existing == null ? new LetterCue[1] : Arrays.copyOf(existing, existing.length + 1);
        grown[grown.length - 1] = cue;
        cuesByFirstChar[first] = grown;
    }

    List<String> languages() {
        return languages;
    }

    boolean isSupported(String language) {
        return supported.contains(language);
    }

    /** Weight per language index of a lowercase word, or null when no language lists it. */
    double[] weightsOf(String lowercaseWord) {
        return wordWeights.get(lowercaseWord);
    }

    /** Letter cues starting with {@code c}, or null. */
    LetterCue[] cuesStartingWith(char c) {
        return c < CUE_TABLE_SIZE ? cuesByFirstChar[c] : null;
    }

    private static InputStream resource(String name) {
        return LanguageProfiles.class.getResourceAsStream(DIR + name);
    }

    private static List<String> lines(String name) {
        return ResourceLines.read(DIR + name);
    }
}

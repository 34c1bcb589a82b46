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
    record LetterCue(int language, String sequence, double weight) {
        /** True when {@code text[at...]} begins with this sequence (the detector reads its sample as chars). */
        boolean startsAt(char[] text, int at) {
            int n = sequence.length();
            if (at + n > text.length) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (text[at + k] != sequence.charAt(k)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Cues are looked up by their first character; characters beyond this table carry no cue. */
    private static final int CUE_TABLE_SIZE = 0x3000;

    private final List<String> languages = new ArrayList<>();
    private final Set<String> supported = new TreeSet<>();
    /** word → weight per language index. */
    private final Map<String, double[]> wordWeights = new HashMap<>();
    private final LetterCue[][] cuesByFirstChar = new LetterCue[CUE_TABLE_SIZE][];
    /**
     * The same words in an open-addressing table probed with a range of the text, so that the detector looks up
     * every word of an article without cutting it out as a String (the substring and its hash were most of the
     * detector's time). Power-of-two size, at most half full.
     */
    private final String[] tableKeys;
    private final double[][] tableWeights;
    private final int tableMask;
    private final int longestWord;

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
        int size = Integer.highestOneBit(Math.max(1, wordWeights.size()) * 4);
        tableKeys = new String[size];
        tableWeights = new double[size][];
        tableMask = size - 1;
        int longest = 0;
        for (Map.Entry<String, double[]> e : wordWeights.entrySet()) {
            String word = e.getKey();
            int slot = slot(hash(word, 0, word.length()));
            while (tableKeys[slot] != null) {
                slot = (slot + 1) & tableMask;
            }
            tableKeys[slot] = word;
            tableWeights[slot] = e.getValue();
            longest = Math.max(longest, word.length());
        }
        longestWord = longest;
    }

    /** {@link String#hashCode} of {@code text[from, to)}. */
    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & tableMask;
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

    /** As {@link #weightsOf(String)} for the word {@code lowercaseText[from, to)}, without copying it. */
    double[] weightsOf(String lowercaseText, int from, int to) {
        int length = to - from;
        if (length > longestWord) {
            return null;
        }
        for (int slot = slot(hash(lowercaseText, from, to)); tableKeys[slot] != null; slot = (slot + 1) & tableMask) {
            String key = tableKeys[slot];
            if (key.length() == length && lowercaseText.regionMatches(from, key, 0, length)) {
                return tableWeights[slot];
            }
        }
        return null;
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

package io.signalcheck.text;

import java.text.Normalizer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a lower-cased word into the two keys rules compare: its accent-folded form and its folded stem.
 * Text and rule terms go through the same instance, so whatever the stemmer does, both sides agree.
 * Results are cached (bounded) because news vocabulary repeats heavily. Thread-safe.
 */
public final class TermNormalizer {
    /** Folded form and folded stem of one word. */
    public record Keys(String form, String stem) {}

    private static final int CACHE_LIMIT = 200_000;

    private final WordStemmer stemmer;
    private final ConcurrentHashMap<String, Keys> cache = new ConcurrentHashMap<>();

    public TermNormalizer(WordStemmer stemmer) {
        this.stemmer = stemmer;
    }

    /** Keys of a word already lower-cased (accents kept: light stemmers use them). */
    public Keys keys(String lowerCased) {
        Keys k = cache.get(lowerCased);
        if (k == null) {
            String form = fold(lowerCased);
            String stem = fold(stemmer.stem(lowerCased));
            k = new Keys(form, stem.equals(form) ? form : stem);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(lowerCased, k);
        }
        return k;
    }

    /** Lower case and remove diacritics: "Élection" -> "election", "Straße" -> "strasse", "œ" -> "oe". */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 2).append(s, 0, i);
        for (; i < n; i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c < 128) {
                out.append(c);
                continue;
            }
            switch (c) {
                case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą' -> out.append('a');
                case 'ç', 'ć', 'č' -> out.append('c');
                case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě' -> out.append('e');
                case 'ì', 'í', 'î', 'ï', 'ī', 'į', 'ı' -> out.append('i');
                case 'ñ', 'ń', 'ň' -> out.append('n');
                case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő' -> out.append('o');
                case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű', 'ų' -> out.append('u');
                case 'ý', 'ÿ' -> out.append('y');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'š', 'ś' -> out.append('s');
                case 'ž', 'ź', 'ż' -> out.append('z');
                case 'ł' -> out.append('l');
                case 'đ', 'ď' -> out.append('d');
                case 'ř' -> out.append('r');
                case 'ť' -> out.append('t');
                case '\u2019', '\u02bc', '\u2018' -> out.append('\'');
                default -> {
                    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                    for (int j = 0; j < d.length(); j++) {
                        char dc = d.charAt(j);
                        if (Character.getType(dc) != Character.NON_SPACING_MARK) {
                            out.append(dc);
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}

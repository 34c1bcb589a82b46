package io.signalcheck.text;

import java.text.Normalizer;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a lower-cased word into the two keys rules compare: its accent-folded form and its folded stem.
 * Text and rule terms go through the same instance, so whatever the stemmer does, both sides agree.
 * Results are cached (bounded) because news vocabulary repeats heavily. Thread-safe.
 */
public final class TermNormalizer {
    /**
     * Folded form and folded stem of one word, made once per distinct word and shared by every token of it. It
     * carries one slot for what a consumer derives from the word alone (the rules' lexicon keeps there the terms
     * that can start at it), so that a token reaches it without a second lookup by its text.
     */
    public static final class Keys {
        private final String form;
        private final String stem;
        /** Written racily by any thread: only ever an immutable object whose fields are final. */
        private Object derived;

        public Keys(String form, String stem) {
            this.form = form;
            this.stem = stem;
        }

        public String form() {
            return form;
        }

        public String stem() {
            return stem;
        }

        /** What a consumer derived from this word, or null. */
        public Object derived() {
            return derived;
        }

        /** Keeps {@code value} (immutable, with final fields) for {@link #derived}. */
        public void derived(Object value) {
            derived = value;
        }

        @Override
        public String toString() {
            return form + "/" + stem;
        }
    }

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

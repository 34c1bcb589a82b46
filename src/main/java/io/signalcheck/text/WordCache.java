package io.signalcheck.text;

/**
 * Per-thread open-addressing cache from a word's lower-cased characters to its {@link TermNormalizer.Keys},
 * looked up straight from the text without building a String: most tokens of an article are words seen
 * before, so this keeps tokenizing nearly allocation-free. Cleared when full. Not thread-safe (one per thread).
 */
final class WordCache {
    private static final int MAX_CAPACITY = 1 << 16;

    private char[][] keys = new char[1024][];
    private TermNormalizer.Keys[] values = new TermNormalizer.Keys[1024];
    private int size;

    /** Keys of text[s, e) lower-cased, or null when not cached. */
    TermNormalizer.Keys get(String text, int s, int e, int hash) {
        int mask = keys.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            char[] k = keys[i];
            if (k == null) {
                return null;
            }
            if (k.length == e - s && sameLowerCase(k, text, s)) {
                return values[i];
            }
        }
    }

    void put(String lowerCased, int hash, TermNormalizer.Keys value) {
        if (size * 2 >= keys.length) {
            if (keys.length < MAX_CAPACITY) {
                rehash(keys.length * 2);
            } else {
                keys = new char[keys.length][];
                values = new TermNormalizer.Keys[keys.length];
                size = 0;
            }
        }
        insert(lowerCased.toCharArray(), hash, value);
    }

    /** Hash of text[s, e) lower-cased, consistent with {@link #hash(char[])}. */
    static int hash(String text, int s, int e) {
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + lower(text.charAt(i));
        }
        return spread(h);
    }

    private static int hash(char[] chars) {
        int h = 0;
        for (char c : chars) {
            h = 31 * h + c;
        }
        return spread(h);
    }

    /** The final mixing step of {@link #hash(String, int, int)}, for a caller that summed the chars itself. */
    static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The lower case the cache keys and hashes use. */
    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private static boolean sameLowerCase(char[] k, String text, int s) {
        for (int i = 0; i < k.length; i++) {
            if (k[i] != lower(text.charAt(s + i))) {
                return false;
            }
        }
        return true;
    }

    private void insert(char[] key, int hash, TermNormalizer.Keys value) {
        int mask = keys.length - 1;
        int i = hash & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
        size++;
    }

    private void rehash(int capacity) {
        char[][] oldKeys = keys;
        TermNormalizer.Keys[] oldValues = values;
        keys = new char[capacity][];
        values = new TermNormalizer.Keys[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], hash(oldKeys[i]), oldValues[i]);
            }
        }
    }
}

package io.signalcheck.text;

import java.util.Arrays;

/**
 * Per-thread open-addressing cache from a word's lower-cased characters to its {@link TermNormalizer.Keys},
 * looked up straight from the lower-cased text without building a String: most tokens of an article are words
 * seen before, so this keeps tokenizing nearly allocation-free. Cleared when full. Not thread-safe (one per thread).
 */
final class WordCache {
    private static final int MAX_CAPACITY = 1 << 16;

    private char[][] keys = new char[1024][];
    private TermNormalizer.Keys[] values = new TermNormalizer.Keys[1024];
    private int size;

    /** Keys of lower[s, e) (a lower-cased text), or null when not cached. */
    TermNormalizer.Keys get(char[] lower, int s, int e, int hash) {
        int mask = keys.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            char[] k = keys[i];
            if (k == null) {
                return null;
            }
            if (k.length == e - s && Arrays.equals(k, 0, k.length, lower, s, e)) {
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

    /** Hash of lower[s, e), consistent with {@link #hash(char[])}. */
    static int hash(char[] lower, int s, int e) {
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + lower[i];
        }
        return spread(h);
    }

    private static int hash(char[] chars) {
        return hash(chars, 0, chars.length);
    }

    /** The final mixing step of {@link #hash(char[], int, int)}, for a caller that summed the chars itself. */
    static int spread(int h) {
        return h ^ (h >>> 16);
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

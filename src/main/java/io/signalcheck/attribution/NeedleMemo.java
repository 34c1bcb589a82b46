package io.signalcheck.attribution;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One sentence (lower-cased) with, for each gate word asked about, where it last occurs: many rules share gate
 * words (speech verbs, person words), so each word is searched once per sentence however many gates ask. Words
 * get a number when a gate is built ({@link #idOf}); per sentence the answers are kept in arrays stamped with the
 * sentence's generation, so moving to the next sentence clears nothing. One memo per text: not thread-safe.
 */
final class NeedleMemo {
    /** Bits of the trigram filter: 1024, so that a sentence of a few hundred chars sets few of them. */
    private static final int TRIGRAM_WORDS = 16;

    /** Written only under the class lock (two words must never get one number); read freely. */
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

    private final NeedleScanner scanner;
    private String lower;
    private final long[] trigrams = new long[TRIGRAM_WORDS];
    private int generation;
    private int[] stamp = new int[0];
    private int[] last = new int[0];

    /** A memo that searches each word it is asked about. */
    NeedleMemo() {
        this(null);
    }

    /** A memo that learns every word {@code scanner} knows in one pass per sentence (null: search each word). */
    NeedleMemo(NeedleScanner scanner) {
        this.scanner = scanner;
    }

    /** The number of a gate word, the same for every gate and pack. */
    static int idOf(String needle) {
        Integer id = IDS.get(needle);
        if (id != null) {
            return id;
        }
        synchronized (NeedleMemo.class) {
            return IDS.computeIfAbsent(needle, k -> IDS.size());
        }
    }

    /**
     * As {@link #on(String)}, for a sentence that stands at {@code offset} in {@code lowerText} (the whole text,
     * lower-cased, as chars), which the scanner reads in place.
     */
    NeedleMemo on(String lowerSentence, char[] lowerText, int offset) {
        if (lowerSentence != lower && scanner != null) {
            lower = lowerSentence;
            generation++;
            ensureCapacity(IDS.size() - 1);
            scanner.scan(lowerText, offset, offset + lowerSentence.length(), this);
            return this;
        }
        return on(lowerSentence);
    }

    /** Makes this the memo of {@code lowerSentence} (no work when it already is). */
    NeedleMemo on(String lowerSentence) {
        if (lowerSentence != lower) {
            lower = lowerSentence;
            generation++;
            if (scanner != null) {
                ensureCapacity(IDS.size() - 1);
                scanner.scan(lowerSentence, this);
            } else {
                java.util.Arrays.fill(trigrams, 0L);
                for (int i = 2; i < lowerSentence.length(); i++) {
                    int h = trigram(lowerSentence.charAt(i - 2), lowerSentence.charAt(i - 1), lowerSentence.charAt(i));
                    trigrams[h >> 6] |= 1L << h;
                }
            }
        }
        return this;
    }

    String lower() {
        return lower;
    }

    /**
     * The trigram hashes of a word (at least 3 chars long): a sentence whose trigram bits lack one cannot hold
     * it. Trigrams reject far more absent words than char pairs, whose common pairs ("th", "ai", "id") every
     * English sentence holds.
     */
    static int[] trigramsOf(String word) {
        int[] out = new int[Math.max(0, word.length() - 2)];
        for (int i = 2; i < word.length(); i++) {
            out[i - 2] = trigram(word.charAt(i - 2), word.charAt(i - 1), word.charAt(i));
        }
        return out;
    }

    private static int trigram(char a, char b, char c) {
        return ((a * 961) ^ (b * 31) ^ c ^ (c >>> 5)) & (TRIGRAM_WORDS * 64 - 1);
    }

    /** Last offset of {@code needle} (number {@code id}, {@link #trigramsOf} {@code needleTrigrams}), or -1. */
    int lastOf(int id, String needle, int[] needleTrigrams) {
        ensureCapacity(id);
        if (stamp[id] == generation) {
            return last[id];
        }
        if (scanner != null && scanner.covers(id)) {
            return -1; // the scan of this sentence did not meet it
        }
        if (scanner != null) {
            // a word of no gate of this pack (a caller mixing packs): search it, trigram bits are not kept here
            int at = -1;
            for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
                at = i;
            }
            stamp[id] = generation;
            last[id] = at;
            return at;
        }
        int at = -1;
        if (mayHold(needleTrigrams)) {
            // forward indexOf is an intrinsic; lastIndexOf is not, and costs more even on short sentences
            for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
                at = i;
            }
        }
        stamp[id] = generation;
        last[id] = at;
        return at;
    }

    /** From {@link NeedleScanner#scan}: {@code id} occurs at {@code start}; later calls are later occurrences. */
    void found(int id, int start) {
        stamp[id] = generation;
        last[id] = start;
    }

    private void ensureCapacity(int id) {
        if (id >= stamp.length) {
            int size = Math.max(id + 1, IDS.size());
            stamp = java.util.Arrays.copyOf(stamp, size);
            last = java.util.Arrays.copyOf(last, size);
        }
    }

    private boolean mayHold(int[] needleTrigrams) {
        for (int h : needleTrigrams) {
            if ((trigrams[h >> 6] & (1L << h)) == 0) {
                return false;
            }
        }
        return true;
    }
}

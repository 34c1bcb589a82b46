package io.signalcheck.attribution;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One sentence (lower-cased) with, for each gate word asked about, where it last occurs: many rules share gate
 * words (speech verbs, person words), so each word is searched once per sentence however many gates ask. Words
 * get a number when a gate is built ({@link #idOf}); per sentence the answers are kept in arrays stamped with the
 * sentence's generation, so moving to the next sentence clears nothing. One memo per text: not thread-safe.
 */
final class NeedleMemo {
    /** Written only under the class lock (two words must never get one number); read freely. */
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

    private final NeedleScanner scanner;
    private String lower;
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

    /** Makes this the memo of {@code lowerSentence} (no work when it already is). */
    NeedleMemo on(String lowerSentence) {
        return on(lowerSentence, null, 0);
    }

    /**
     * As {@link #on(String)}; when {@code lowerText} (the whole text, lower-cased, as chars) is given, the
     * sentence stands at {@code offset} in it and the scanner reads it there instead of copying it.
     */
    NeedleMemo on(String lowerSentence, char[] lowerText, int offset) {
        if (lowerSentence == lower) {
            return this;
        }
        lower = lowerSentence;
        generation++;
        if (scanner != null) {
            ensureCapacity(IDS.size() - 1);
            if (lowerText != null) {
                scanner.scan(lowerText, offset, offset + lowerSentence.length(), this);
            } else {
                scanner.scan(lowerSentence, this);
            }
        }
        return this;
    }

    String lower() {
        return lower;
    }

    /** Last offset of {@code needle} (number {@code id}) in the sentence, or -1. */
    int lastOf(int id, String needle) {
        ensureCapacity(id);
        if (stamp[id] == generation) {
            return last[id];
        }
        if (scanner != null && scanner.covers(id)) {
            return -1; // the scan of this sentence did not meet it
        }
        // no scanner, or a word of no gate of the scanner's pack (a caller mixing packs): search it
        int at = -1;
        // forward indexOf is an intrinsic; lastIndexOf is not, and costs more even on short sentences
        for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
            at = i;
        }
        found(id, at);
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
            stamp = Arrays.copyOf(stamp, size);
            last = Arrays.copyOf(last, size);
        }
    }
}

package io.signalcheck.attribution;

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

    private String lower;
    private long[] pairs;
    private int generation;
    private int[] stamp = new int[0];
    private int[] last = new int[0];

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
        if (lowerSentence != lower) {
            lower = lowerSentence;
            pairs = LiteralGate.pairs(lowerSentence);
            generation++;
        }
        return this;
    }

    String lower() {
        return lower;
    }

    long[] pairs() {
        return pairs;
    }

    /** Last offset of {@code needle} (number {@code id}, char pairs {@code needlePairs}) in the sentence, or -1. */
    int lastOf(int id, String needle, long[] needlePairs) {
        if (id >= stamp.length) {
            int size = Math.max(id + 1, IDS.size());
            stamp = java.util.Arrays.copyOf(stamp, size);
            last = java.util.Arrays.copyOf(last, size);
        }
        if (stamp[id] == generation) {
            return last[id];
        }
        int at = -1;
        if (LiteralGate.hasPairs(needlePairs, pairs)) {
            // forward indexOf is an intrinsic; lastIndexOf is not, and costs more even on short sentences
            for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
                at = i;
            }
        }
        stamp[id] = generation;
        last[id] = at;
        return at;
    }
}

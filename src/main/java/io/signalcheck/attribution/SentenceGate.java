package io.signalcheck.attribution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One check per sentence in front of a whole group of rules: the union of the most selective word row of every
 * gated rule's {@link LiteralGate}. When no word of the union occurs in a sentence, no gated rule of the group
 * can match it, and the finder skips them all without asking each gate; rules whose gate is open (no literal
 * words) must still be run, so {@link #mayMatchGated} says nothing about them.
 */
final class SentenceGate {
    private final String[] words;
    private final long[][] wordPairs;
    private final int[] wordIds;
    /** As in {@link LiteralGate}: the scanner answering for the whole union at once, and its row number. */
    private NeedleScanner rowScanner;
    private int rowId = -1;

    private SentenceGate(String[] words) {
        this.words = words;
        this.wordPairs = new long[words.length][];
        this.wordIds = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            wordPairs[i] = LiteralGate.pairs(words[i]);
            wordIds[i] = NeedleMemo.idOf(words[i]);
        }
    }

    /** The union as one row, for a scanner to answer for (none when every rule of the group is ungated). */
    List<String[]> rows() {
        return words.length == 0 ? List.of() : List.<String[]>of(words.clone());
    }

    /** See {@link LiteralGate#bind}. */
    void bind(NeedleScanner scanner) {
        if (words.length == 0) {
            return;
        }
        rowId = scanner.rowIndex(words);
        if (rowId < 0) {
            throw new IllegalArgumentException("scanner does not track the union row");
        }
        rowScanner = scanner;
    }

    /** As {@link #mayMatchGated(String, long[])} for the memo's sentence (its answers are kept for the rules). */
    boolean mayMatchGated(NeedleMemo memo) {
        if (rowScanner != null && memo.scanner() == rowScanner) {
            return memo.rowLast(rowId) >= 0;
        }
        for (int i = 0; i < words.length; i++) {
            if (memo.lastOf(wordIds[i], words[i]) >= 0) {
                return true;
            }
        }
        return false;
    }

    static SentenceGate of(List<LiteralGate> gates) {
        Set<String> union = new LinkedHashSet<>();
        for (LiteralGate g : gates) {
            if (!g.isOpen()) {
                union.addAll(List.of(g.firstRow()));
            }
        }
        return new SentenceGate(union.toArray(String[]::new));
    }

    /**
     * False when no gated rule of the group can match {@code lowerSentence}; {@code sentencePairs} is
     * {@link LiteralGate#pairs}({@code lowerSentence}).
     */
    boolean mayMatchGated(String lowerSentence, long[] sentencePairs) {
        for (int i = 0; i < words.length; i++) {
            long[] w = wordPairs[i];
            if ((w[0] & ~sentencePairs[0]) == 0 && (w[1] & ~sentencePairs[1]) == 0
                    && (w[2] & ~sentencePairs[2]) == 0 && (w[3] & ~sentencePairs[3]) == 0
                    && lowerSentence.contains(words[i])) {
                return true;
            }
        }
        return false;
    }
}

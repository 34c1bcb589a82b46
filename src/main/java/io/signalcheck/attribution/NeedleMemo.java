package io.signalcheck.attribution;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One sentence (lower-cased) with, for each gate word asked about, where it occurs (last, and every place), and
 * for each row of the scanner's gates, whether and where last any of its words occurs: many rules share gate
 * words (speech verbs, person words), so each word is searched once per sentence however many gates ask. Words
 * get a number when a gate is built ({@link #idOf}); per sentence the answers are kept in arrays stamped with the
 * sentence's generation, so moving to the next sentence clears nothing. One memo per text: not thread-safe.
 */
final class NeedleMemo {
    /** Written only under the class lock (two words must never get one number); read freely. */
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

    private final NeedleScanner scanner;
    /**
     * The sentence, lower-cased: given, or made when asked from {@link #text}[{@link #from}, {@link #to}) (a whole
     * text in any case, which the scanner reads as it is).
     */
    private String lower;
    private char[] text;
    /** Where the scanner's words end in {@link #text}, scanned whole on its first sentence. */
    private NeedleScanner.Hits hits;
    private int from;
    private int to;
    private int generation;
    private int[] stamp = new int[0];
    private int[] last = new int[0];
    /** Per word: its first and last occurrence of this sentence, as indexes into the occurrence lists below. */
    private int[] firstOcc = new int[0];
    private int[] lastOcc = new int[0];
    /**
     * Every occurrence reported for this sentence: its start, and the next occurrence of the same word (or, for a
     * listed row's chain, of the same row), -1 at a chain's end.
     */
    private int[] occStart = new int[64];
    private int[] occNext = new int[64];
    private int occCount;
    /** Per row of the scanner ({@link NeedleScanner#rowIndex}): the last start of any of its words. */
    private final int[] rowStamp;
    private final int[] rowLast;
    /**
     * For the scanner's listed rows: each row's first and last occurrence in this sentence (valid when
     * {@link #rowOccStamp} is the generation), chained through the same occurrence lists as the words'.
     */
    private final int[] rowOccStamp;
    private final int[] rowFirstOcc;
    private final int[] rowLastOcc;

    /** A memo that searches each word it is asked about. */
    NeedleMemo() {
        this(null);
    }

    /** A memo that learns every word {@code scanner} knows in one pass per sentence (null: search each word). */
    NeedleMemo(NeedleScanner scanner) {
        this.scanner = scanner;
        int rows = scanner == null ? 0 : scanner.rows();
        this.rowStamp = new int[rows];
        this.rowLast = new int[rows];
        this.rowOccStamp = new int[rows];
        this.rowFirstOcc = new int[rows];
        this.rowLastOcc = new int[rows];
    }

    /** The scanner that fills this memo (null when each word is searched). */
    NeedleScanner scanner() {
        return scanner;
    }

    /** Last start of any word of row {@code row} of the scanner in the sentence, or -1. */
    int rowLast(int row) {
        return rowStamp[row] == generation ? rowLast[row] : -1;
    }

    /** From {@link NeedleScanner#report}: a word of row {@code row} starts at {@code start}. */
    void rowFound(int row, int start) {
        if (rowStamp[row] != generation) {
            rowStamp[row] = generation;
            rowLast[row] = start;
        } else if (start > rowLast[row]) {
            rowLast[row] = start;
        }
    }

    /** From {@link NeedleScanner#report}: a word of listed row {@code row} starts at {@code start}, after the last. */
    void rowOccurs(int row, int start) {
        int k = newOccurrence(start);
        if (rowOccStamp[row] == generation) {
            occNext[rowLastOcc[row]] = k;
        } else {
            rowOccStamp[row] = generation;
            rowFirstOcc[row] = k;
        }
        rowLastOcc[row] = k;
    }

    /**
     * The first place in the sentence where a word of listed row {@code row} stands (an index for
     * {@link #occurrenceStart} and {@link #nextOccurrence}, which give the row's next place), or -1. A place
     * where two of its words start is listed once per word.
     */
    int firstRowOccurrence(int row) {
        return rowOccStamp[row] == generation ? rowFirstOcc[row] : -1;
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
        if (lowerSentence == lower) {
            return this;
        }
        lower = lowerSentence;
        text = null;
        to = lowerSentence.length();
        from = 0;
        next();
        if (scanner != null) {
            // the sentence is the whole text here: one scan of it, as of a text
            scanner.report(scanner.scan(lowerSentence.toCharArray()), 0, lowerSentence.length(), this);
        }
        return this;
    }

    /**
     * Makes this the memo of the sentence {@code text[from, to)}, cut from a whole text in any case (matching form;
     * lower-casing is the scanner's and this memo's business). The scanner reads the whole text once, on its first
     * sentence, and gives each sentence the words inside it; the sentence is lower-cased into a String only if a
     * word no scanner knows is searched in it. {@code text} must not change while this memo reads it.
     */
    NeedleMemo on(char[] text, int from, int to) {
        if (text == this.text && from == this.from && to == this.to) {
            return this;
        }
        lower = null;
        this.text = text;
        this.from = from;
        this.to = to;
        next();
        if (scanner != null) {
            if (hits == null || hits.text != text) {
                hits = scanner.scan(text);
            }
            scanner.report(hits, from, to, this);
        }
        return this;
    }

    private void next() {
        generation++;
        occCount = 0;
        if (scanner != null) {
            ensureCapacity(IDS.size() - 1);
        }
    }

    /** Length of the sentence. */
    int length() {
        return to - from;
    }

    private String lower() {
        if (lower == null) {
            lower = LiteralGate.lower(new String(text, from, to - from));
        }
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
        // (forward indexOf is an intrinsic; lastIndexOf is not, and costs more even on short sentences)
        stamp[id] = generation;
        last[id] = -1;
        String sentence = lower();
        for (int i = sentence.indexOf(needle); i >= 0; i = sentence.indexOf(needle, i + 1)) {
            found(id, i);
        }
        return last[id];
    }

    /** Index of the first occurrence of {@code needle} (number {@code id}) in the sentence, or -1. */
    int firstOccurrence(int id, String needle) {
        return lastOf(id, needle) < 0 ? -1 : firstOcc[id];
    }

    /** Index of the next occurrence of the same word after occurrence {@code occurrence}, or -1. */
    int nextOccurrence(int occurrence) {
        return occNext[occurrence];
    }

    /** Where occurrence {@code occurrence} starts in the sentence. */
    int occurrenceStart(int occurrence) {
        return occStart[occurrence];
    }

    /** From {@link NeedleScanner#report}: {@code id} occurs at {@code start}; later calls are later occurrences. */
    void found(int id, int start) {
        int k = newOccurrence(start);
        if (stamp[id] == generation && last[id] >= 0) {
            occNext[lastOcc[id]] = k;
        } else {
            stamp[id] = generation;
            firstOcc[id] = k;
        }
        lastOcc[id] = k;
        last[id] = start;
    }

    /** A new occurrence at {@code start}, last of its chain (a word's or a row's) until another is linked on. */
    private int newOccurrence(int start) {
        if (occCount == occStart.length) {
            occStart = Arrays.copyOf(occStart, occCount * 2);
            occNext = Arrays.copyOf(occNext, occCount * 2);
        }
        int k = occCount++;
        occStart[k] = start;
        occNext[k] = -1;
        return k;
    }

    private void ensureCapacity(int id) {
        if (id >= stamp.length) {
            int size = Math.max(id + 1, IDS.size());
            stamp = Arrays.copyOf(stamp, size);
            last = Arrays.copyOf(last, size);
            firstOcc = Arrays.copyOf(firstOcc, size);
            lastOcc = Arrays.copyOf(lastOcc, size);
        }
    }
}

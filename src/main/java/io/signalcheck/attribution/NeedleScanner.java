package io.signalcheck.attribution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every gate word of one language pack in one Aho-Corasick automaton: a single pass over a whole text (or one
 * sentence) finds where each of them occurs, instead of one substring search per word and gate; each sentence
 * then gets the words inside it. Built once per pack with its transitions resolved over the chars the words use
 * (a table lookup per char of text); immutable and thread-safe. {@link NeedleMemo} asks it first and falls back
 * to searching for a word it does not know.
 */
final class NeedleScanner {
    /**
     * Class of each char of a text: that of its lower case ({@link Character#toLowerCase(char)}), 0 when no word
     * uses that, else 1 + its index among the words' chars. Lower-casing is in the table, so a text is scanned as it
     * is, without a lower-cased copy.
     */
    private final short[] charClass = new short[Character.MAX_VALUE + 1];
    private final int classes;
    /**
     * Row width of {@link #next}: one column per char class, and one more holding the row's state number. The
     * states in the table are premultiplied by it (the start of their row), so a step of the scan is one load and
     * one add, with no multiplication on the chain from one char to the next.
     */
    private final int stride;
    /**
     * Per (state, class), flattened: the next state's row start, with the sign bit set where some word ends there,
     * so the scan reads outputs only then; the last column of each row holds the row's state number.
     */
    private final int[] next;
    private static final int ENDS_WORD = Integer.MIN_VALUE;
    /** The longest word: how far back a word found at a place can begin. */
    private final int maxLength;
    /** Per state, the words (by index) ending there, its own and those of its suffix states. */
    private final int[][] outputs;
    private final int[] wordIds;
    private final int[] wordLengths;
    /** Indexed by {@link NeedleMemo#idOf} number: the words this automaton reports. */
    private final boolean[] covers;
    /**
     * Rows: sets of words a gate asks "does any of these occur, and where last?" about. Per word (by index), the
     * rows holding it, so the scan answers each row once per sentence instead of each gate asking word by word.
     */
    private final int[][] rowsOfWord;
    /**
     * Per word (by index), the rows holding it whose every occurrence the memo lists ({@link #of(Collection, List,
     * List)}'s listed rows: the words of a start window, which wants each place one of them stands).
     */
    private final int[][] listedRowsOfWord;
    private final Map<List<String>, Integer> rowIndex = new HashMap<>();

    private NeedleScanner(List<String> words, List<String[]> rows, List<String[]> listedRows) {
        int cls = 1;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (charClass[c] == 0) {
                    charClass[c] = (short) cls++;
                }
            }
        }
        classes = cls;
        // trie
        List<Map<Integer, Integer>> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        children.add(new HashMap<>());
        ends.add(new ArrayList<>());
        wordIds = new int[words.size()];
        wordLengths = new int[words.size()];
        int maxId = 0;
        int longest = 0;
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            wordIds[k] = NeedleMemo.idOf(w);
            wordLengths[k] = w.length();
            longest = Math.max(longest, w.length());
            maxId = Math.max(maxId, wordIds[k]);
            int state = 0;
            for (int i = 0; i < w.length(); i++) {
                int c = charClass[w.charAt(i)];
                Integer to = children.get(state).get(c);
                if (to == null) {
                    to = children.size();
                    children.add(new HashMap<>());
                    ends.add(new ArrayList<>());
                    children.get(state).put(c, to);
                }
                state = to;
            }
            ends.get(state).add(k);
        }
        maxLength = longest;
        covers = new boolean[maxId + 1];
        for (int id : wordIds) {
            covers[id] = true;
        }
        Map<String, Integer> wordIndex = new HashMap<>();
        for (int k = 0; k < words.size(); k++) {
            wordIndex.put(words.get(k), k);
        }
        List<List<Integer>> rowLists = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            rowLists.add(new ArrayList<>());
        }
        for (String[] row : rows) {
            List<String> key = List.of(row);
            if (rowIndex.containsKey(key)) {
                continue;
            }
            int r = rowIndex.size();
            rowIndex.put(key, r);
            for (String w : new java.util.LinkedHashSet<>(key)) {
                Integer k = wordIndex.get(w);
                if (k == null) {
                    throw new IllegalArgumentException("row word not scanned: " + w);
                }
                rowLists.get(k).add(r);
            }
        }
        // listed rows only need a number (the same as a gate row's with the same words); their places are
        // listed below, not their last start
        for (String[] row : listedRows) {
            rowIndex.putIfAbsent(List.of(row), rowIndex.size());
        }
        rowsOfWord = new int[words.size()][];
        for (int k = 0; k < rowsOfWord.length; k++) {
            rowsOfWord[k] = toArray(rowLists.get(k));
        }
        List<Set<Integer>> listedLists = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            listedLists.add(new TreeSet<>());
        }
        for (String[] row : listedRows) {
            int r = rowIndex.get(List.of(row));
            for (String w : row) {
                Integer k = wordIndex.get(w);
                if (k == null) {
                    throw new IllegalArgumentException("row word not scanned: " + w);
                }
                listedLists.get(k).add(r);
            }
        }
        listedRowsOfWord = new int[words.size()][];
        for (int k = 0; k < listedRowsOfWord.length; k++) {
            listedRowsOfWord[k] = toArray(new ArrayList<>(listedLists.get(k)));
        }
        // words are read in lower case: a text char takes the class of its lower case
        short[] wordClass = charClass.clone();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            charClass[c] = wordClass[Character.toLowerCase((char) c)];
        }
        // breadth-first: failure links, full transitions, outputs merged along the failure chain
        int states = children.size();
        stride = classes + 1;
        if ((long) states * stride > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many gate words for one scanner: " + states + " states");
        }
        int[] next = new int[states * classes];
        outputs = new int[states][];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        outputs[0] = toArray(ends.get(0));
        for (int c = 0; c < classes; c++) {
            Integer to = children.get(0).get(c);
            next[c] = to == null ? 0 : to;
            if (to != null) {
                fail[to] = 0;
                queue.add(to);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> out = new ArrayList<>(ends.get(s));
            for (int o : outputs[fail[s]]) {
                out.add(o);
            }
            outputs[s] = toArray(out);
            for (int c = 0; c < classes; c++) {
                Integer to = children.get(s).get(c);
                if (to == null) {
                    next[s * classes + c] = next[fail[s] * classes + c];
                } else {
                    next[s * classes + c] = to;
                    fail[to] = next[fail[s] * classes + c];
                    queue.add(to);
                }
            }
        }
        this.next = new int[states * stride];
        for (int st = 0; st < states; st++) {
            for (int c = 0; c < classes; c++) {
                int to = next[st * classes + c];
                this.next[st * stride + c] = to * stride | (outputs[to].length > 0 ? ENDS_WORD : 0);
            }
            this.next[st * stride + classes] = st;
        }
    }

    static NeedleScanner of(Collection<String> words) {
        return of(words, List.of());
    }

    /** A scanner of {@code words} and of each row's words, which also answers for each row as a whole. */
    static NeedleScanner of(Collection<String> words, List<String[]> rows) {
        return of(words, rows, List.of());
    }

    /**
     * As {@link #of(Collection, List)}, and for each of {@code listedRows} the memo also lists every place one of
     * its words stands ({@link NeedleMemo#firstRowOccurrence}).
     */
    static NeedleScanner of(Collection<String> words, List<String[]> rows, List<String[]> listedRows) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(words);
        rows.forEach(r -> all.addAll(List.of(r)));
        listedRows.forEach(r -> all.addAll(List.of(r)));
        return new NeedleScanner(List.copyOf(all), rows, listedRows);
    }

    /** The number {@link NeedleMemo#rowLast} knows {@code row} by, or -1 when this scanner does not track it. */
    int rowIndex(String[] row) {
        Integer r = rowIndex.get(List.of(row));
        return r == null ? -1 : r;
    }

    int rows() {
        return rowIndex.size();
    }

    boolean covers(int id) {
        return id < covers.length && covers[id];
    }

    /** To {@code memo}, the words ending at {@code i} in state {@code row} that begin at or after {@code from}. */
    private void report(int i, int row, int from, NeedleMemo memo) {
        for (int o : outputs[next[row + stride - 1]]) {
            int start = i - from - wordLengths[o] + 1;
            if (start < 0) {
                continue; // begun before the sentence
            }
            memo.found(wordIds[o], start);
            for (int r : rowsOfWord[o]) {
                memo.rowFound(r, start);
            }
            for (int r : listedRowsOfWord[o]) {
                memo.rowOccurs(r, start);
            }
        }
    }

    /**
     * Scans a whole text once (in any case: the class table lower-cases), for {@link #report(Hits, int, int,
     * NeedleMemo)} to give each sentence its words: scanned sentence by sentence, the 120 KB table was pushed out
     * of cache by the rules between sentences. Two halves are scanned in one loop, two independent chains of loads
     * that the CPU overlaps (one chain waits on each load before the next: 2.7 ns/char alone, 1.45 for two, 1.3
     * for four). The second half's chain first reads the {@link #maxLength} - 1 chars before the middle, as far back
     * as any state's word can reach, so from the middle on it is in the state one scan from the start would be in.
     */
    Hits scan(char[] chars) {
        int n = chars.length;
        int half = n / 2;
        // from the text's start when the first half is shorter than a word: then the warm-up is a full scan
        int warm = Math.max(0, half - (maxLength - 1));
        long[] first = new long[Math.max(16, n >> 5)];
        int firstCount = 0;
        int b = 0;
        for (int j = warm; j < half; j++) {
            b = next[b + charClass[chars[j]]] & ~ENDS_WORD;
        }
        long[] second = new long[first.length];
        int secondCount = 0;
        int a = 0;
        for (int i = 0; i < half; i++) {
            int ea = next[a + charClass[chars[i]]];
            int eb = next[b + charClass[chars[half + i]]];
            a = ea & ~ENDS_WORD;
            b = eb & ~ENDS_WORD;
            if (ea < 0) {
                if (firstCount == first.length) {
                    first = Arrays.copyOf(first, firstCount * 2);
                }
                first[firstCount++] = (long) i << 32 | a;
            }
            if (eb < 0) {
                if (secondCount == second.length) {
                    second = Arrays.copyOf(second, secondCount * 2);
                }
                second[secondCount++] = (long) (half + i) << 32 | b;
            }
        }
        for (int j = 2 * half; j < n; j++) { // an odd length leaves one char
            int eb = next[b + charClass[chars[j]]];
            b = eb & ~ENDS_WORD;
            if (eb < 0) {
                if (secondCount == second.length) {
                    second = Arrays.copyOf(second, secondCount * 2);
                }
                second[secondCount++] = (long) j << 32 | b;
            }
        }
        long[] all = Arrays.copyOf(first, firstCount + secondCount);
        System.arraycopy(second, 0, all, firstCount, secondCount);
        return new Hits(chars, all, all.length);
    }

    /** To {@code memo}, every word of {@code hits}' text that lies in {@code [from, to)}, as a scan of it would. */
    void report(Hits hits, int from, int to, NeedleMemo memo) {
        for (int k = hits.firstEndingAtOrAfter(from); k < hits.count; k++) {
            long hit = hits.hits[k];
            int end = (int) (hit >>> 32);
            if (end >= to) {
                break;
            }
            report(end, (int) hit, from, memo);
        }
    }

    /**
     * The places of one text where some word ends, in text order, each with the scan's state there: place in the
     * high half of a long, the state's row in the low half.
     */
    static final class Hits {
        final char[] text;
        private final long[] hits;
        private final int count;

        private Hits(char[] text, long[] hits, int count) {
            this.text = text;
            this.hits = hits;
            this.count = count;
        }

        private int firstEndingAtOrAfter(int from) {
            int lo = 0;
            int hi = count;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if ((int) (hits[mid] >>> 32) < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        Arrays.sort(out);
        return out;
    }
}

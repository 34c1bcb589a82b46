package io.signalcheck.attribution;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every gate word of one language pack in one Aho-Corasick automaton: a single pass over a lower-cased
 * sentence finds where each of them last occurs, instead of one substring search per word and gate. Built
 * once per pack with its transitions resolved over the chars the words use (a table lookup per char of text);
 * immutable and thread-safe. {@link NeedleMemo} asks it first and falls back to searching for a word it
 * does not know.
 */
final class NeedleScanner {
    /** Class of each char: 0 for a char no word uses, else 1 + its index among the words' chars. */
    private final short[] charClass = new short[Character.MAX_VALUE + 1];
    private final int classes;
    /**
     * Next state per (state, class), flattened, as chars: half the memory of ints, so more of the table stays in
     * cache between sentences while the regexes run. The top bit marks a state where some word ends, so the scan
     * reads outputs only there.
     */
    private final char[] next;
    private static final int ENDS_WORD = 0x8000;
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
    private final Map<List<String>, Integer> rowIndex = new HashMap<>();

    private NeedleScanner(List<String> words, List<String[]> rows) {
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
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            wordIds[k] = NeedleMemo.idOf(w);
            wordLengths[k] = w.length();
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
        rowsOfWord = new int[words.size()][];
        for (int k = 0; k < rowsOfWord.length; k++) {
            rowsOfWord[k] = toArray(rowLists.get(k));
        }
        // breadth-first: failure links, full transitions, outputs merged along the failure chain
        int states = children.size();
        if (states >= ENDS_WORD) {
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
        this.next = new char[next.length];
        for (int k = 0; k < next.length; k++) {
            this.next[k] = (char) (next[k] | (outputs[next[k]].length > 0 ? ENDS_WORD : 0));
        }
    }

    static NeedleScanner of(Collection<String> words) {
        return of(words, List.of());
    }

    /** A scanner of {@code words} and of each row's words, which also answers for each row as a whole. */
    static NeedleScanner of(Collection<String> words, List<String[]> rows) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(words);
        rows.forEach(r -> all.addAll(List.of(r)));
        return new NeedleScanner(List.copyOf(all), rows);
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

    /** Reports to {@code memo} the start of every occurrence of every word in {@code lower}, in text order. */
    void scan(String lower, NeedleMemo memo) {
        scan(lower.toCharArray(), 0, lower.length(), memo);
    }

    /** As {@link #scan(String, NeedleMemo)} for {@code chars[from, to)}; starts reported relative to {@code from}. */
    void scan(char[] chars, int from, int to, NeedleMemo memo) {
        int state = 0;
        for (int i = from; i < to; i++) {
            int entry = next[state * classes + charClass[chars[i]]];
            state = entry & ~ENDS_WORD;
            if (entry < ENDS_WORD) {
                continue;
            }
            for (int o : outputs[state]) {
                int start = i - from - wordLengths[o] + 1;
                memo.found(wordIds[o], start);
                for (int r : rowsOfWord[o]) {
                    memo.rowFound(r, start);
                }
            }
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

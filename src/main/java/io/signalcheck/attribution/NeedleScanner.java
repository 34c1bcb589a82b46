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
    /** Next state per (state, class), flattened. */
    private final int[] next;
    /** Per state, the words (by index) ending there, its own and those of its suffix states. */
    private final int[][] outputs;
    private final int[] wordIds;
    private final int[] wordLengths;
    /** Indexed by {@link NeedleMemo#idOf} number: the words this automaton reports. */
    private final boolean[] covers;

    private NeedleScanner(List<String> words) {
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
        // breadth-first: failure links, full transitions, outputs merged along the failure chain
        int states = children.size();
        next = new int[states * classes];
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
    }

    static NeedleScanner of(Collection<String> words) {
        return new NeedleScanner(List.copyOf(new java.util.LinkedHashSet<>(words)));
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
            state = next[state * classes + charClass[chars[i]]];
            int[] out = outputs[state];
            for (int o : out) {
                memo.found(wordIds[o], i - from - wordLengths[o] + 1);
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

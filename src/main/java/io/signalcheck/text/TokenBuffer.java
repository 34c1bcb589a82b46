package io.signalcheck.text;

import java.util.Arrays;

/**
 * The tokens of one stretch of text as parallel arrays, refilled by {@link Tokenizer#tokenize(String, int, int,
 * TokenBuffer)} for each sentence of a text: rule matching reads a sentence's tokens once and keeps none, so
 * it needs no {@link Token} object per word. It also keeps the text lower-cased, made once per text, which the
 * tokenizer hashes and compares words in. One buffer per thread and text: not thread-safe.
 */
public final class TokenBuffer {
    private int[] start = new int[64];
    private int[] end = new int[64];
    private TermNormalizer.Keys[] keys = new TermNormalizer.Keys[64];
    private boolean[] breakBefore = new boolean[64];
    private int size;

    private String text;
    private char[] lowerCased;

    /** Number of tokens. */
    public int size() {
        return size;
    }

    /** Offset of token {@code i}'s first character in the text. */
    public int start(int i) {
        return start[i];
    }

    /** Offset after token {@code i}'s last character. */
    public int end(int i) {
        return end[i];
    }

    /** Folded form and stem of token {@code i}, shared by every token of the same word. */
    public TermNormalizer.Keys keys(int i) {
        return keys[i];
    }

    /** Whether clause punctuation separates token {@code i} from the one before it. */
    public boolean clauseBreakBefore(int i) {
        return breakBefore[i];
    }

    /** Token {@code i} as an object, for the tokenizer's list form. */
    Token token(int i) {
        return new Token(start[i], end[i], keys[i], breakBefore[i]);
    }

    void clear() {
        size = 0;
    }

    void add(int s, int e, TermNormalizer.Keys k, boolean clauseBreak) {
        if (size == start.length) {
            int grown = size * 2;
            start = Arrays.copyOf(start, grown);
            end = Arrays.copyOf(end, grown);
            keys = Arrays.copyOf(keys, grown);
            breakBefore = Arrays.copyOf(breakBefore, grown);
        }
        start[size] = s;
        end[size] = e;
        keys[size] = k;
        breakBefore[size] = clauseBreak;
        size++;
    }

    /**
     * {@code text} with every char through {@link Character#toLowerCase(char)}, one char for one (so offsets
     * stay), made when the text differs from the last one asked about.
     */
    char[] lowerCased(String text) {
        if (text != this.text) {
            lowerCased = CharCase.lowerCased(text);
            this.text = text;
        }
        return lowerCased;
    }
}

package io.signalcheck.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into {@link Token}s for rule matching, keeping character offsets into the text.
 *
 * <ul>
 *   <li>A word is a run of letters, digits and combining marks; an apostrophe between letters stays inside it.</li>
 *   <li>Hyphens split words without a clause break, so "KI-generierte" gives "ki" + "generierte" and
 *       "AI-generated" matches like "AI generated".</li>
 *   <li>A leading elided article listed for the language is dropped ("l'IA" -> "ia", "qu'il" -> "il").</li>
 *   <li>With possessive stripping (English), a final "'s" is dropped ("Russia's" -> "russia").</li>
 *   <li>Clause punctuation (; : ( ) [ ] ? ! and spaced dashes) marks the next token with a clause break,
 *       which ends negation and hypothetical scopes.</li>
 * </ul>
 * Thread-safe.
 */
public final class Tokenizer {
    private final TermNormalizer normalizer;
    private final Set<String> elisions;
    private final boolean stripPossessive;
    private final ThreadLocal<WordCache> caches = ThreadLocal.withInitial(WordCache::new);

    /**
     * @param elisions        lower-case, accent-folded articles elided before an apostrophe (fr: l, d, qu, ...)
     * @param stripPossessive drop a final 's (English)
     */
    public Tokenizer(TermNormalizer normalizer, Set<String> elisions, boolean stripPossessive) {
        this.normalizer = normalizer;
        this.elisions = Set.copyOf(elisions);
        this.stripPossessive = stripPossessive;
    }

    public TermNormalizer normalizer() {
        return normalizer;
    }

    /** Tokens of the whole text. */
    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** Tokens of text[from, to), offsets relative to the whole text. */
    public List<Token> tokenize(String text, int from, int to) {
        TokenBuffer buffer = new TokenBuffer();
        tokenize(text, from, to, buffer);
        List<Token> out = new ArrayList<>(buffer.size());
        for (int i = 0; i < buffer.size(); i++) {
            out.add(buffer.token(i));
        }
        return out;
    }

    /**
     * As {@link #tokenize(String, int, int)}, into {@code out} (cleared first). Words are found, hashed and compared
     * in the buffer's lower-cased copy of the text: lower-casing keeps every char a word char, an apostrophe or
     * whitespace exactly when it was one (TokenizerTest checks all 65,536), so the words are the same.
     */
    public void tokenize(String text, int from, int to, TokenBuffer out) {
        out.clear();
        char[] lower = out.lowerCased(text);
        WordCache cache = caches.get();
        boolean pendingBreak = false;
        int i = from;
        while (i < to) {
            char c = lower[i];
            if (isWordChar(c)) {
                // the word's cache hash is summed in this same pass; an apostrophe inside may move its ends
                int hash = c;
                boolean apostrophe = false;
                int j = i + 1;
                while (j < to) {
                    char d = lower[j];
                    if (isWordChar(d)) {
                        hash = 31 * hash + d;
                        j++;
                    } else if (isApostrophe(d) && j + 1 < to && isWordChar(lower[j + 1])) {
                        apostrophe = true;
                        j++;
                    } else {
                        break;
                    }
                }
                if (apostrophe ? addWord(text, lower, i, j, pendingBreak, out, cache)
                        : addPlainWord(lower, i, j, WordCache.spread(hash), pendingBreak, out, cache)) {
                    pendingBreak = false;
                }
                i = j;
                continue;
            }
            if (isClauseBreak(text, i, from, to)) {
                pendingBreak = true;
            }
            i++;
        }
    }

    private boolean addWord(String text, char[] lower, int start, int end, boolean breakBefore, TokenBuffer out,
            WordCache cache) {
        // drop elided articles: l'IA, d'un, qu'elle, jusqu'à
        int s = start;
        for (int k = s; k < end; k++) {
            if (isApostrophe(text.charAt(k))) {
                String head = TermNormalizer.fold(text.substring(s, k));
                if (elisions.contains(head) && k + 1 < end) {
                    s = k + 1;
                } else {
                    break;
                }
            }
        }
        int e = end;
        if (stripPossessive && e - s > 2 && isApostrophe(text.charAt(e - 2))
                && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')) {
            e -= 2;
        }
        if (e <= s) {
            return false;
        }
        return addPlainWord(lower, s, e, WordCache.hash(lower, s, e), breakBefore, out, cache);
    }

    /** Adds lower[s, e), a word with no elided article or possessive to drop, whose cache hash is {@code hash}. */
    private boolean addPlainWord(char[] lower, int s, int e, int hash, boolean breakBefore, TokenBuffer out,
            WordCache cache) {
        TermNormalizer.Keys keys = cache.get(lower, s, e, hash);
        if (keys == null) {
            String word = new String(lower, s, e - s);
            keys = normalizer.keys(word);
            cache.put(word, hash, keys);
        }
        out.add(s, e, keys, breakBefore);
        return true;
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    private static boolean isClauseBreak(String text, int i, int from, int to) {
        char c = text.charAt(i);
        switch (c) {
            case ';', ':', '(', ')', '[', ']', '?', '!', '\u2014', '\u2013', '\u2026' -> {
                return true;
            }
            case '-' -> {
                // a spaced hyphen is a dash; inside a word it only splits
                boolean spaceBefore = i == from || Character.isWhitespace(text.charAt(i - 1));
                boolean spaceAfter = i + 1 >= to || Character.isWhitespace(text.charAt(i + 1));
                return spaceBefore && spaceAfter;
            }
            default -> {
                return false;
            }
        }
    }
}

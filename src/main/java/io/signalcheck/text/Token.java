package io.signalcheck.text;

/**
 * A word of the extracted text as rules see it.
 *
 * @param start      offset of the first character in the extracted text
 * @param end        offset after the last character
 * @param keys       its folded form (lower-cased, accent-folded surface, elision and possessive removed) and
 *                   stem ({@code form} after the language's light stemmer, accent-folded), shared by every token of
 *                   the same word
 * @param clauseBreakBefore true when clause punctuation (; : ( ) [ ] dash ? !) separates it from the previous token
 */
public record Token(int start, int end, TermNormalizer.Keys keys, boolean clauseBreakBefore) {
    public String form() {
        return keys.form();
    }

    public String stem() {
        return keys.stem();
    }
}

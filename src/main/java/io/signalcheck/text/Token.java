package io.signalcheck.text;

/**
 * A word of the extracted text as rules see it.
 *
 * @param start      offset of the first character in the extracted text
 * @param end        offset after the last character
 * @param form       lower-cased, accent-folded surface (elision and possessive removed)
 * @param stem       {@code form} after the language's light stemmer, accent-folded
 * @param clauseBreakBefore true when clause punctuation (; : ( ) [ ] dash ? !) separates it from the previous token
 */
public record Token(int start, int end, String form, String stem, boolean clauseBreakBefore) {}

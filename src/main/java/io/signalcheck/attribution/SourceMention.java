package io.signalcheck.attribution;

/**
 * One attribution of a claim found in a sentence. {@code key} identifies an unnamed source or a document
 * (folded words, stopwords removed); {@code name} is the folded speaker/organisation name, empty when none.
 * {@code start}/{@code end} are offsets of the matched words in the whole text.
 */
record SourceMention(SourceKind kind, String key, String name, int start, int end, String rule) {}

package io.signalcheck.rules;

/**
 * Compiled cue lists of one language (term ids). Pre-triggers scope forward, post-triggers backward, each
 * over at most its category's window of tokens and never across a clause break (punctuation or a
 * {@code breakers} term). Pseudo-triggers ("not only", "no doubt") cancel any trigger they overlap.
 */
record CueSet(
        Category negation,
        Category denial,
        Category hypothetical,
        int[] pseudo,
        int[] breakers) {

    /** Trigger term ids with the scope window (in tokens) of each, parallel arrays. */
    record Category(int[] pre, int[] preWindow, int[] post, int[] postWindow) {
        static Category empty() {
            return new Category(new int[0], new int[0], new int[0], new int[0]);
        }
    }

    static CueSet empty() {
        return new CueSet(Category.empty(), Category.empty(), Category.empty(), new int[0], new int[0]);
    }
}

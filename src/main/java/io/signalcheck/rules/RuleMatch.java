package io.signalcheck.rules;

/**
 * One firing of a rule: the sentence (index and character offsets into the text), the matched span's
 * character offsets, and the cue flags. {@code negated} covers negation and denial.
 */
public record RuleMatch(
        Rule rule,
        int sentenceIndex,
        int sentenceStart,
        int sentenceEnd,
        int matchStart,
        int matchEnd,
        boolean negated,
        boolean hypothetical) {

    public boolean asserted() {
        return !negated && !hypothetical;
    }
}

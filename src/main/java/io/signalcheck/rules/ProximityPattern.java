package io.signalcheck.rules;

/**
 * Groups of alternative terms that must all occur in one sentence within a span of {@code within} tokens
 * (from the first token of the first group occurrence to the last token of the last), in group order when
 * {@code ordered}. A group is an array of term ids (any one of them satisfies the group).
 */
public record ProximityPattern(int[][] groups, int within, boolean ordered) {}

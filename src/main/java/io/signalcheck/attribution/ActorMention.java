package io.signalcheck.attribution;

/**
 * An actor named in a sentence that blames someone for an operation. {@code explicit} says whether the tier came
 * from the text's confidence wording (false: a flat assertion, taken as moderate). A negated mention ("Moscow
 * denied being behind the campaign") is kept as evidence but does not count. Offsets are in the whole text.
 */
record ActorMention(String actor, ConfidenceTier tier, boolean explicit, boolean negated, int start, int end,
                    String rule) {}

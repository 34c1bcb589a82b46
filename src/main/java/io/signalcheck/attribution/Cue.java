package io.signalcheck.attribution;

import java.util.regex.Pattern;

/** A compiled cue (operation word, blame wording, confidence wording or negation); tier is null except for confidence. */
record Cue(String id, ConfidenceTier tier, Pattern pattern, LiteralGate gate, StartFilter starts) {}

package io.signalcheck.attribution;

import java.util.regex.Pattern;

/**
 * A compiled cue (operation word, blame wording, confidence wording or negation); tier is null except for
 * confidence; window is null when the pattern does not bound its starts by its words ({@link StartWindow}).
 */
record Cue(String id, ConfidenceTier tier, Pattern pattern, LiteralGate gate, StartFilter starts, StartWindow window) {}

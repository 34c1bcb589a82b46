package io.signalcheck.attribution;

import java.util.regex.Pattern;

/** All aliases of one canonical actor in one language in one whole-word pattern (window: see {@link Cue}). */
record ActorPattern(String name, Pattern pattern, LiteralGate gate, StartFilter starts, StartWindow window) {}

package io.signalcheck.attribution;

import java.util.regex.Pattern;

/** All aliases of one canonical actor in one language, compiled into one whole-word pattern. */
record ActorPattern(String name, Pattern pattern, LiteralGate gate, StartFilter starts) {}

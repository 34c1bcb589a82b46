package io.signalcheck.attribution;

import java.util.Locale;

/** Confidence the text itself expresses when it blames an actor. Declared weakest first: ordinal order is strength. */
public enum ConfidenceTier {
    LOW,
    MODERATE,
    HIGH;

    /** The report's spelling: high|moderate|low. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ConfidenceTier parse(String s) {
        for (ConfidenceTier t : values()) {
            if (t.id().equals(s)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown confidence tier '" + s + "' (high|moderate|low)");
    }
}

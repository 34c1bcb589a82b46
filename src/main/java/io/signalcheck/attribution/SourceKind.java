package io.signalcheck.attribution;

import java.util.Locale;

/** How a claim is sourced (BRIEF section 2). The order is the priority when two rules claim the same words. */
public enum SourceKind {
    /** A published report, assessment, court filing or written institutional statement. */
    DOCUMENTARY,
    /** An unnamed person or unnamed group ("a senior official", "party sources"). */
    ANONYMOUS,
    /** An on-record person or named organisation speaking. */
    NAMED;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The report's spelling: named|anonymous|documentary. */
    public String id() {
        return id;
    }

    static SourceKind parse(String s) {
        for (SourceKind k : values()) {
            if (k.id().equals(s)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind '" + s + "' (named|anonymous|documentary)");
    }
}

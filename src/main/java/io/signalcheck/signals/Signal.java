package io.signalcheck.signals;

import java.util.Locale;

/** The influence-operation indicators a report scores (BRIEF section 2). Attribution is reported separately. */
public enum Signal {
    AI_GENERATED_MEDIA,
    INAUTHENTIC_ACCOUNTS,
    IMPERSONATION,
    HACK_AND_LEAK,
    ELECTION_TARGETING;

    /** The name used in reports, rule packs and the API: {@code ai_generated_media}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Signal fromId(String id) {
        for (Signal s : values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown signal: " + id);
    }
}

package io.signalcheck.eval;

import io.signalcheck.report.SourceCounts;

/**
 * The thirds rule of BRIEF section 2, used to check that a label's level agrees with its own source counts:
 * none without sources, strong when anonymous sources are at most a third, weak when at least two thirds.
 */
public final class SourcingLevel {
    private SourcingLevel() {}

    public static String of(SourceCounts sources) {
        int total = sources.total();
        if (total == 0) {
            return "none";
        }
        // integer comparisons avoid rounding at exactly one or two thirds
        int anonymousTimesThree = sources.anonymous() * 3;
        if (anonymousTimesThree <= total) {
            return "strong";
        }
        if (anonymousTimesThree >= 2 * total) {
            return "weak";
        }
        return "mixed";
    }
}

package io.signalcheck.attribution;

import io.signalcheck.report.SourceCounts;

/**
 * Level and score of a text's sourcing from its distinct source counts (BRIEF section 2).
 * <ul>
 *   <li>level: {@code none} with no attribution; {@code strong} when anonymous ≤ 1/3 of all; {@code weak} when
 *       anonymous ≥ 2/3 of all; {@code mixed} otherwise. Compared in integers, so the boundaries are exact.</li>
 *   <li>score: the on-record share, (named + documentary) / total, in 0..1; 0.0 for none. So strong ⇔ score ≥ 2/3
 *       and weak ⇔ score ≤ 1/3: the score and the level never disagree.</li>
 * </ul>
 */
public final class SourcingLevel {
    private SourcingLevel() {}

    public static String level(SourceCounts c) {
        int total = c.total();
        if (total == 0) {
            return "none";
        }
        if (3 * c.anonymous() <= total) {
            return "strong";
        }
        if (3 * c.anonymous() >= 2 * total) {
            return "weak";
        }
        return "mixed";
    }

    static double score(SourceCounts c) {
        int total = c.total();
        if (total == 0) {
            return 0.0;
        }
        double onRecord = (double) (c.named() + c.documentary()) / total;
        return Math.round(onRecord * 1000.0) / 1000.0;
    }
}

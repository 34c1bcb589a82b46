package io.signalcheck.eval;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Area under the ROC curve as the Mann-Whitney statistic: the share of (positive, negative) pairs in which the
 * positive scores higher, a tie counting one half. Pairwise on purpose: the corpus has tens of articles,
 * and the definition is then obviously right.
 */
public final class RocAuc {
    private RocAuc() {}

    /** Empty when either class has no member (the AUC is undefined then). */
    public static OptionalDouble of(List<Double> positives, List<Double> negatives) {
        if (positives.isEmpty() || negatives.isEmpty()) {
            return OptionalDouble.empty();
        }
        double wins = 0;
        for (double p : positives) {
            for (double n : negatives) {
                if (p > n) {
                    wins += 1.0;
                } else if (p == n) {
                    wins += 0.5;
                }
            }
        }
        return OptionalDouble.of(wins / ((double) positives.size() * negatives.size()));
    }
}

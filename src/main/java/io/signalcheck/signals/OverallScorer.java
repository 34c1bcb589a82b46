package io.signalcheck.signals;

import io.signalcheck.report.Attribution;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.Overall;
import java.util.Map;

/**
 * Combines the five signals into one score. PLACEHOLDER formula: noisy-or of detected signal scores;
 * the documented formula lands with the scoring engine.
 */
public final class OverallScorer {
    public Overall combine(Map<Signal, Indicator> indicators, Attribution attribution) {
        double none = 1.0;
        for (Indicator i : indicators.values()) {
            if (i.detected()) {
                none *= 1.0 - i.score();
            }
        }
        double score = Math.round((1.0 - none) * 1000.0) / 1000.0;
        String level = score >= 0.66 ? "high" : score >= 0.33 ? "medium" : "low";
        return new Overall(score, level);
    }
}

package io.signalcheck.signals;

import io.signalcheck.report.Attribution;
import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.Overall;
import java.util.Map;

/**
 * Combines the five signals into one score (docs/RULES.md, "Overall score"):
 * <pre>
 *   c(s)   = score(s) if s is detected, else score(s) / 2 (asserted but uncorroborated hits)
 *   base   = 1 - prod over signals of (1 - c(s))                       noisy-or
 *   bonus  = 0.10 per detected signal beyond the first                 operations combine techniques
 *          + 0.05 if at least one signal is detected and the text names an actor behind it
 *   score  = min(1, base + bonus)
 *   when no signal has an asserted hit: score = min(0.15, 0.05 x signals with only negated/hypothetical
 *   evidence) — vocabulary alone never ranks a text above a real detection
 *   level  = high if score >= 0.70, medium if score >= 0.40, else low
 * </pre>
 */
public final class OverallScorer {
    public static final double HIGH = 0.70;
    public static final double MEDIUM = 0.40;

    public Overall combine(Map<Signal, Indicator> indicators, Attribution attribution) {
        double none = 1.0;
        int detected = 0;
        int asserted = 0;
        int mentionedOnly = 0;
        for (Indicator i : indicators.values()) {
            if (i.detected()) {
                detected++;
                none *= 1.0 - i.score();
            } else if (i.hits() > 0) {
                none *= 1.0 - i.score() / 2.0;
            }
            if (i.hits() > 0) {
                asserted++;
            } else if (!i.evidence().isEmpty() && i.evidence().stream().noneMatch(OverallScorer::asserted)) {
                mentionedOnly++;
            }
        }
        double score;
        if (asserted == 0) {
            score = Math.min(0.15, 0.05 * mentionedOnly);
        } else {
            score = 1.0 - none;
            score += 0.10 * Math.max(0, detected - 1);
            if (detected > 0 && attribution != null && !attribution.actors().isEmpty()) {
                score += 0.05;
            }
            score = Math.min(1.0, score);
        }
        score = SignalScorer.round(score);
        String level = score >= HIGH ? "high" : score >= MEDIUM ? "medium" : "low";
        return new Overall(score, level);
    }

    private static boolean asserted(Evidence e) {
        return !e.negated() && !e.hypothetical();
    }
}

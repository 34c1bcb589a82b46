package io.signalcheck.signals;

import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.rules.RuleMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns one signal's rule matches into its indicator:
 * <pre>
 *   score    = 1 - prod over asserted hits h of (1 - weight(h) * 0.5^k(h))
 *              where k(h) counts earlier asserted hits of the same rule (repetition adds less)
 *   detected = score >= DETECTION_THRESHOLD (0.5): one hit of a rule of weight >= 0.5, or corroborating weaker hits
 *   hits     = number of asserted hits; disarm = sorted union of the DISARM ids of rules with asserted hits
 * </pre>
 * Negated, denied and hypothetical matches are kept as evidence only.
 */
final class SignalScorer {
    static final double DETECTION_THRESHOLD = 0.5;

    Indicator indicator(List<RuleMatch> matches, List<Evidence> evidence) {
        double none = 1.0;
        int hits = 0;
        Map<String, Integer> perRule = new HashMap<>();
        TreeSet<String> disarm = new TreeSet<>();
        for (RuleMatch m : matches) {
            if (!m.asserted()) {
                continue;
            }
            hits++;
            int k = perRule.merge(m.rule().id(), 1, Integer::sum) - 1;
            none *= 1.0 - m.rule().weight() * Math.pow(0.5, k);
            disarm.addAll(m.rule().disarm());
        }
        double score = round(1.0 - none);
        return new Indicator(score, score >= DETECTION_THRESHOLD, hits, List.copyOf(disarm), evidence);
    }

    /**
     * One hit per place: where matches of the same signal overlap in a sentence, the strongest rule (then the
     * earliest in its pack) keeps the place. Returns text order.
     */
    static List<RuleMatch> dropOverlaps(List<RuleMatch> matches) {
        if (matches.size() < 2) {
            return matches;
        }
        List<RuleMatch> byStrength = new ArrayList<>(matches);
        byStrength.sort(Comparator.comparingInt(RuleMatch::sentenceIndex)
                .thenComparing(Comparator.comparingDouble((RuleMatch m) -> m.rule().weight()).reversed())
                .thenComparingInt(m -> m.rule().index())
                .thenComparingInt(RuleMatch::matchStart));
        List<RuleMatch> kept = new ArrayList<>();
        // kept spans of the current sentence, start -> end; they never overlap, so neighbours decide
        TreeMap<Integer, Integer> spans = new TreeMap<>();
        int sentence = -1;
        for (RuleMatch m : byStrength) {
            if (m.sentenceIndex() != sentence) {
                sentence = m.sentenceIndex();
                spans.clear();
            }
            Map.Entry<Integer, Integer> before = spans.floorEntry(m.matchStart());
            Map.Entry<Integer, Integer> after = spans.ceilingEntry(m.matchStart());
            boolean free = (before == null || before.getValue() <= m.matchStart())
                    && (after == null || after.getKey() >= m.matchEnd());
            if (free) {
                spans.put(m.matchStart(), m.matchEnd());
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(RuleMatch::sentenceIndex).thenComparingInt(RuleMatch::matchStart)
                .thenComparingInt(m -> m.rule().index()));
        return kept;
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}

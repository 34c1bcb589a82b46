package io.signalcheck.signals;

import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.rules.RuleEngine;
import io.signalcheck.rules.RuleMatch;
import io.signalcheck.text.AnalyzedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the five signals of a text with the rule packs (docs/RULES.md, "Scoring"). Rules compile once, in
 * the constructor; {@link #detect} is thread-safe and deterministic.
 */
public final class SignalDetector {
    /** Evidence items kept per signal (asserted first), so stored reports stay small. */
    public static final int MAX_EVIDENCE = 8;

    private final RuleEngine engine;
    private final SignalScorer scorer = new SignalScorer();

    /** Uses the packs bundled in the jar. */
    public SignalDetector() {
        this(RuleEngine.bundled());
    }

    public SignalDetector(RuleEngine engine) {
        this.engine = engine;
    }

    public Map<Signal, Indicator> detect(AnalyzedText text) {
        Map<Signal, List<RuleMatch>> bySignal = new EnumMap<>(Signal.class);
        for (RuleMatch m : engine.match(text)) {
            bySignal.computeIfAbsent(m.rule().signal(), s -> new ArrayList<>()).add(m);
        }
        Map<Signal, Indicator> out = new LinkedHashMap<>();
        for (Signal s : Signal.values()) {
            List<RuleMatch> matches = SignalScorer.dropOverlaps(bySignal.getOrDefault(s, List.of()));
            out.put(s, scorer.indicator(matches, evidence(text.text(), matches)));
        }
        return out;
    }

    /** Version of the loaded rule packs, reported as {@code rulesVersion}. */
    public String rulesVersion() {
        return engine.version();
    }

    public RuleEngine engine() {
        return engine;
    }

    private static List<Evidence> evidence(String text, List<RuleMatch> matches) {
        List<RuleMatch> ordered = new ArrayList<>(matches);
        // asserted first, then text order (dropOverlaps returns text order; the sort is stable)
        ordered.sort(Comparator.comparing(m -> !m.asserted()));
        List<Evidence> out = new ArrayList<>(Math.min(MAX_EVIDENCE, ordered.size()));
        for (RuleMatch m : ordered) {
            if (out.size() == MAX_EVIDENCE) {
                break;
            }
            out.add(new Evidence(text.substring(m.sentenceStart(), m.sentenceEnd()), m.sentenceStart(),
                    m.sentenceEnd(), text.substring(m.matchStart(), m.matchEnd()), m.rule().id(), m.negated(),
                    m.hypothetical(), null));
        }
        return out;
    }
}

package io.signalcheck.store;

import io.signalcheck.report.Actor;
import io.signalcheck.report.Attribution;
import io.signalcheck.report.Evidence;
import io.signalcheck.report.Indicator;
import io.signalcheck.report.Overall;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.report.SourceCounts;
import io.signalcheck.signals.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-built reports and stored scores for store tests (the engine is not needed to test persistence). */
final class SampleReports {
    private SampleReports() {}

    static ScoreReport report(String key, String language, double overall, Set<Signal> detected) {
        return report(key, language, overall, detected, 1, 80);
    }

    /** A scored report with {@code evidencePerSignal} evidence items of about {@code sentenceChars} each. */
    static ScoreReport report(String key, String language, double overall, Set<Signal> detected,
                              int evidencePerSignal, int sentenceChars) {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        for (Signal s : Signal.values()) {
            List<Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < evidencePerSignal; i++) {
                String sentence = sentence(s.id() + " evidence " + i + " ", sentenceChars);
                evidence.add(new Evidence(sentence, i * 1000, i * 1000 + sentence.length(), s.id(),
                        language + "." + s.id() + ".rule", i % 3 == 2, false, null));
            }
            boolean on = detected.contains(s);
            indicators.put(s.id(), new Indicator(on ? 0.8 : 0.0, on, on ? evidencePerSignal : 0,
                    List.of("T0089"), evidence));
        }
        Attribution attribution = new Attribution(0.6, "mixed", new SourceCounts(2, 2, 1),
                List.of(new Actor("Ruritania", 3, "moderate")),
                List.of(new Evidence("Officials in Ruritania denied it.", 5, 38, "Officials", "en.attr.named",
                        false, false, "named")));
        return new ScoreReport("1", "test-rules-1", "s3://articles/" + key, "Title of " + key, language, 0.97, 500,
                ScoreReport.SCORED, null, List.of(), new Overall(overall, overall >= 0.6 ? "high" : "low"),
                indicators, attribution);
    }

    static StoredScore stored(String key, String sequencer, Instant at, ScoreReport report) {
        return new StoredScore(meta(key, sequencer), report.status(), at, report.rulesVersion(), false, report);
    }

    static ObjectMeta meta(String key, String sequencer) {
        return new ObjectMeta("articles", key, "etag-" + sequencer, 1234, null, sequencer);
    }

    private static String sentence(String prefix, int chars) {
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < chars) {
            b.append("des comptes inauthentiques ont relayé le récit. ");
        }
        return b.substring(0, Math.max(prefix.length(), chars));
    }
}

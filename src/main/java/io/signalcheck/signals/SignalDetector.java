package io.signalcheck.signals;

import io.signalcheck.report.Indicator;
import io.signalcheck.text.AnalyzedText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores the five signals of a text with the rule packs. PLACEHOLDER: nothing detected. */
public final class SignalDetector {
    public Map<Signal, Indicator> detect(AnalyzedText text) {
        Map<Signal, Indicator> out = new LinkedHashMap<>();
        for (Signal s : Signal.values()) {
            out.put(s, new Indicator(0.0, false, 0, List.of(), List.of()));
        }
        return out;
    }

    /** Version of the loaded rule packs, reported as {@code rulesVersion}. */
    public String rulesVersion() {
        return "0-placeholder";
    }
}

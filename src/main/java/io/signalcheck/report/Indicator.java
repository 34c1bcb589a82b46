package io.signalcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Score of one signal with the evidence behind it. {@code hits} counts asserted (not negated/hypothetical) matches. */
@JsonPropertyOrder({"score", "detected", "hits", "disarm", "evidence"})
public record Indicator(double score, boolean detected, int hits, List<String> disarm, List<Evidence> evidence) {
    public Indicator {
        disarm = List.copyOf(disarm);
        evidence = List.copyOf(evidence);
    }
}

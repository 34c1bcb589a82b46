package io.signalcheck.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** What {@code signalcheck eval} prints: metrics per part of the corpus (tuning, heldout, all) and the misses. */
@JsonPropertyOrder({"corpus", "rulesVersion", "splits", "heldoutTargetsUnmet", "misclassified"})
public record EvaluationReport(String corpus, String rulesVersion, Map<String, SplitMetrics> splits,
                               List<Mismatch> misclassified) {
    public static final String ALL = "all";

    public EvaluationReport {
        misclassified = List.copyOf(misclassified);
    }

    /** The same report without the per-article misses of one part (the figures stay). */
    public EvaluationReport withoutMisclassified(String split) {
        return new EvaluationReport(corpus, rulesVersion, splits,
                misclassified.stream().filter(m -> !m.split().equals(split)).toList());
    }

    /** The held-out targets the figures miss (see {@link Targets}); empty when all are met. */
    @JsonProperty
    public List<String> heldoutTargetsUnmet() {
        SplitMetrics heldout = splits.get(LabelledArticle.HELDOUT);
        return heldout == null ? List.of() : Targets.unmet(heldout);
    }
}

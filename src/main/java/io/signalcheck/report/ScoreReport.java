package io.signalcheck.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * The score report: the contract shared by the CLI, the store and the API (schema: report-schema.json).
 * {@code indicators} is keyed by signal id in the fixed order of {@link io.signalcheck.signals.Signal}.
 */
@JsonPropertyOrder({"schemaVersion", "rulesVersion", "input", "title", "language", "languageConfidence",
        "wordCount", "status", "error", "notes", "overall", "indicators", "attribution"})
public record ScoreReport(
        String schemaVersion,
        String rulesVersion,
        String input,
        String title,
        String language,
        double languageConfidence,
        int wordCount,
        String status,
        ReportError error,
        java.util.List<Note> notes,
        Overall overall,
        Map<String, Indicator> indicators,
        Attribution attribution) {

    public static final String SCHEMA_VERSION = "1";
    public static final String SCORED = "scored";
    public static final String REJECTED = "rejected";

    @JsonIgnore
    public boolean isRejected() {
        return REJECTED.equals(status);
    }
}

package io.signalcheck.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Distinct sources per kind (a source quoted three times counts once). */
@JsonPropertyOrder({"named", "anonymous", "documentary"})
public record SourceCounts(int named, int anonymous, int documentary) {
    @JsonIgnore
    public int total() {
        return named + anonymous + documentary;
    }
}

package io.signalcheck.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of {@code GET /scores}; any may be null. A page token is bound to the filters it was issued for,
 * compared through {@link #canonical()} so that {@code minScore=0.5} and {@code minScore=0.50} are the same.
 */
public record ListFilters(String language, String signal, Double minScore, Instant since) {
    public Map<String, String> canonical() {
        Map<String, String> out = new LinkedHashMap<>();
        if (language != null) {
            out.put("language", language);
        }
        if (signal != null) {
            out.put("signal", signal);
        }
        if (minScore != null) {
            out.put("minScore", Double.toString(minScore));
        }
        if (since != null) {
            out.put("since", since.toString());
        }
        return out;
    }
}

package io.signalcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Sourcing strength of the whole text plus the actors it blames (BRIEF section 2). level: strong|mixed|weak|none. */
@JsonPropertyOrder({"score", "level", "sources", "actors", "evidence"})
public record Attribution(double score, String level, SourceCounts sources, List<Actor> actors, List<Evidence> evidence) {
    public Attribution {
        actors = List.copyOf(actors);
        evidence = List.copyOf(evidence);
    }

    public static Attribution none() {
        return new Attribution(0.0, "none", new SourceCounts(0, 0, 0), List.of(), List.of());
    }
}

package io.signalcheck.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An article the engine got wrong somewhere, with one line per difference ("expected ..., got ..."). */
@JsonPropertyOrder({"id", "split", "file", "differences"})
public record Mismatch(String id, String split, String file, List<String> differences) {
    public Mismatch {
        differences = List.copyOf(differences);
    }
}

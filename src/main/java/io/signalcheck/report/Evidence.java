package io.signalcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One sentence that raised (or, when negated/hypothetical, merely mentioned) a signal or an attribution.
 * {@code start}/{@code end} are character offsets of the sentence into the extracted text;
 * {@code match} is the matched span's surface text. {@code kind} is set only for attribution evidence
 * (named|anonymous|documentary|actor).
 */
@JsonPropertyOrder({"sentence", "start", "end", "match", "rule", "negated", "hypothetical", "kind"})
public record Evidence(
        String sentence,
        int start,
        int end,
        String match,
        String rule,
        boolean negated,
        boolean hypothetical,
        @JsonInclude(JsonInclude.Include.NON_NULL) String kind) {

    public Evidence withKind(String newKind) {
        return new Evidence(sentence, start, end, match, rule, negated, hypothetical, newKind);
    }
}

package io.signalcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Combined score in 0..1 and its level (low|medium|high). */
@JsonPropertyOrder({"score", "level"})
public record Overall(double score, String level) {}

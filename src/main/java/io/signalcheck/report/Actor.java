package io.signalcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An actor the text says is behind an operation, with the confidence tier of its own wording (high|moderate|low). */
@JsonPropertyOrder({"name", "mentions", "confidence"})
public record Actor(String name, int mentions, String confidence) {}

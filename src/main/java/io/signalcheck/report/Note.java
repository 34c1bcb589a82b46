package io.signalcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A remark on a scored report that a reader must see, e.g. {@code unsupported_language} or {@code short_text}. */
@JsonPropertyOrder({"code", "message"})
public record Note(String code, String message) {}

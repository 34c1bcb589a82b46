package io.signalcheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Why an input was rejected (or a note on a scored one, e.g. unsupported_language). */
@JsonPropertyOrder({"code", "message"})
public record ReportError(String code, String message) {}

package io.signalcheck.rules;

/** A rule pack file is missing, not valid JSON, or breaks the format in docs/RULES.md; the message says where. */
public final class RulePackException extends RuntimeException {
    public RulePackException(String message) {
        super(message);
    }

    public RulePackException(String message, Throwable cause) {
        super(message, cause);
    }
}

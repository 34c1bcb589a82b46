package io.signalcheck.extraction;

/**
 * A permanent problem with an input (empty, binary, too large, corrupt...). It is recorded as a
 * {@code rejected} report with {@link #code()} and the message; it is never retried.
 */
public class RejectedInputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    public RejectedInputException(String code, String message) {
        super(message);
        this.code = code;
    }

    public RejectedInputException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Stable machine-readable reason, e.g. {@code empty}, {@code binary}, {@code too_large}, {@code corrupt_pdf}. */
    public String code() {
        return code;
    }
}

package io.signalcheck.api;

import java.util.List;

/**
 * A client-facing failure: HTTP status, a stable machine code and a message safe to show (no internal names).
 * Thrown inside the handler and turned into {@code {"error":{"code","message","requestId"}}}.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final List<String> allow;

    private ApiError(int status, String code, String message, List<String> allow) {
        // control flow, not a bug: no stack trace to fill
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.allow = List.copyOf(allow);
    }

    public static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message, List.of());
    }

    public static ApiError notFound(String code, String message) {
        return new ApiError(404, code, message, List.of());
    }

    public static ApiError methodNotAllowed(String method, List<String> allow) {
        return new ApiError(405, "method_not_allowed",
                "method " + method + " is not allowed here; allowed: " + String.join(", ", allow), allow);
    }

    public static ApiError payloadTooLarge(long limit) {
        return new ApiError(413, "payload_too_large", "the request body exceeds the limit of " + limit + " bytes",
                List.of());
    }

    public static ApiError unsupportedMediaType(String message) {
        return new ApiError(415, "unsupported_media_type", message, List.of());
    }

    public static ApiError internal() {
        return new ApiError(500, "internal_error", "the request could not be completed; retry later or report the "
                + "request id", List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Methods for the {@code Allow} header of a 405; empty otherwise. */
    public List<String> allow() {
        return allow;
    }
}

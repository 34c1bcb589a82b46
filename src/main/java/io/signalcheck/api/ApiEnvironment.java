package io.signalcheck.api;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/**
 * The environment the API function reads, in one place: the template sets exactly these variables (a template
 * test reads {@link #ALL}). Endpoints are not here on purpose: the SDK takes them from its standard
 * {@code AWS_ENDPOINT_URL_DYNAMODB} / {@code AWS_REGION}.
 */
public final class ApiEnvironment {
    /** Name of the DynamoDB table holding the scores. Required. */
    public static final String SCORES_TABLE = "SCORES_TABLE";
    /** Secret that signs {@code nextToken} pagination tokens (at least 32 characters). Required outside local mode. */
    public static final String PAGE_TOKEN_KEY = "PAGE_TOKEN_KEY";
    /** Largest {@code POST /score} body in bytes (after base64 decoding). Optional, default 1 MiB. */
    public static final String MAX_BODY_BYTES = "MAX_BODY_BYTES";
    /** Set to {@code true} only on a developer machine: allows a missing PAGE_TOKEN_KEY (a random per-process key). */
    public static final String LOCAL_MODE = "SIGNALCHECK_LOCAL";

    /** The variables the template must set for the function (LOCAL_MODE must not be set in the cloud). */
    public static final List<String> ALL = List.of(SCORES_TABLE, PAGE_TOKEN_KEY, MAX_BODY_BYTES);

    public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576L;
    public static final int MIN_PAGE_TOKEN_KEY_LENGTH = 32;

    private ApiEnvironment() {}

    /** What the handler needs from the environment, validated. */
    public record Settings(String tableName, byte[] pageTokenKey, long maxBodyBytes, boolean generatedKey) {}

    /**
     * Reads and checks the variables; a missing or weak value stops the function at init with a message that
     * names the variable, rather than failing on the first request.
     */
    public static Settings read(Map<String, String> env) {
        String table = trimmed(env.get(SCORES_TABLE));
        if (table == null) {
            throw new IllegalStateException(SCORES_TABLE + " is not set: it must name the DynamoDB scores table");
        }
        boolean local = "true".equalsIgnoreCase(trimmed(env.get(LOCAL_MODE)));
        String keyText = env.get(PAGE_TOKEN_KEY);
        byte[] key;
        boolean generated = false;
        if (keyText == null || keyText.isEmpty()) {
            if (!local) {
                throw new IllegalStateException(PAGE_TOKEN_KEY + " is not set: pagination tokens must be signed with a "
                        + "secret of at least " + MIN_PAGE_TOKEN_KEY_LENGTH + " characters (set " + LOCAL_MODE
                        + "=true on a developer machine to use a random per-process key instead)");
            }
            key = new byte[MIN_PAGE_TOKEN_KEY_LENGTH];
            new SecureRandom().nextBytes(key);
            generated = true;
        } else if (keyText.length() < MIN_PAGE_TOKEN_KEY_LENGTH) {
            throw new IllegalStateException(PAGE_TOKEN_KEY + " is too short: it has " + keyText.length()
                    + " characters, at least " + MIN_PAGE_TOKEN_KEY_LENGTH + " are required");
        } else {
            key = keyText.getBytes(StandardCharsets.UTF_8);
        }
        return new Settings(table, key, maxBodyBytes(env.get(MAX_BODY_BYTES)), generated);
    }

    private static long maxBodyBytes(String value) {
        String v = trimmed(value);
        if (v == null) {
            return DEFAULT_MAX_BODY_BYTES;
        }
        try {
            long n = Long.parseLong(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new IllegalStateException(MAX_BODY_BYTES + " must be a positive number of bytes, got '" + v + "'");
    }

    private static String trimmed(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.trim();
    }
}

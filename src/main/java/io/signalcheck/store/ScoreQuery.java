package io.signalcheck.store;

import java.time.Instant;

/**
 * Filters for listing scores newest first. Any filter may be null. {@code cursor} is the store's own
 * continuation (from {@link ScorePage#nextCursor()}); the API wraps it in a signed, expiring token.
 */
public record ScoreQuery(String language, String signal, Double minScore, Instant since, int limit, String cursor) {}

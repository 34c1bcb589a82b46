package io.signalcheck.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * When the notifier gives up on an event. Lambda retries a failed asynchronous invocation twice, then sends it
 * to the on-failure destination; locally a failure that will not go away by itself (a bad sequencer, a report the
 * store cannot bound) gets the same three attempts. A failure of the environment (DynamoDB or S3 unreachable,
 * a 5xx, throttling) is retried with backoff for longer, until the event is {@code maxEventAge} old.
 */
record DeliveryRetryPolicy(int maxAttempts, Duration maxEventAge, long firstBackoffMillis, long maxBackoffMillis) {
    /** Lambda's 1 + 2 attempts; five minutes for a server to come back. */
    static final DeliveryRetryPolicy DEFAULT = new DeliveryRetryPolicy(3, Duration.ofMinutes(5), 250, 30_000);

    DeliveryRetryPolicy {
        if (maxAttempts < 1 || firstBackoffMillis < 0 || maxBackoffMillis < firstBackoffMillis) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    /** Why the notifier stops retrying, in the words of Lambda's on-failure record. */
    enum GiveUp { RETRIES_EXHAUSTED, EVENT_AGE_EXCEEDED }

    /** Null to retry after {@code attempts} failed attempts, the last one with {@code failure}; else why not. */
    GiveUp giveUp(Throwable failure, int attempts, Duration age) {
        if (isTransient(failure)) {
            return age.compareTo(maxEventAge) >= 0 ? GiveUp.EVENT_AGE_EXCEEDED : null;
        }
        return attempts >= maxAttempts ? GiveUp.RETRIES_EXHAUSTED : null;
    }

    /** The wait before attempt {@code attempt + 1}: doubling from the first backoff, capped. */
    long backoffMillis(int attempt) {
        long b = firstBackoffMillis;
        for (int i = 1; i < attempt && b < maxBackoffMillis; i++) {
            b *= 2;
        }
        return Math.min(b, maxBackoffMillis);
    }

    /** A failure of the servers or the network, anywhere in the cause chain, rather than of the event itself. */
    static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof SdkClientException || t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
            if (t instanceof SdkServiceException s) {
                return s.isThrottlingException() || s.statusCode() == 429 || s.statusCode() >= 500;
            }
        }
        return false;
    }
}

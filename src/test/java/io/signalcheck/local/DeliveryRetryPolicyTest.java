package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** Which failures get Lambda's three attempts and which are retried until the event is too old. */
class DeliveryRetryPolicyTest {
    private static DynamoDbException status(int code, String errorCode) {
        return (DynamoDbException) DynamoDbException.builder().statusCode(code)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(errorCode).build()).message(errorCode).build();
    }

    @Test
    void serverAndNetworkFailuresAreTransient() {
        assertTrue(DeliveryRetryPolicy.isTransient(SdkClientException.create("Unable to execute HTTP request")));
        assertTrue(DeliveryRetryPolicy.isTransient(status(500, "InternalServerError")));
        assertTrue(DeliveryRetryPolicy.isTransient(status(503, "ServiceUnavailable")));
        assertTrue(DeliveryRetryPolicy.isTransient(ProvisionedThroughputExceededException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build())
                .build()), "throttling is a 400 but goes away by itself");
        assertTrue(DeliveryRetryPolicy.isTransient(new UncheckedIOException(new ConnectException("refused"))));
        assertTrue(DeliveryRetryPolicy.isTransient(new IllegalStateException("wrapped",
                SdkClientException.create("timeout"))), "found in the cause chain");
    }

    @Test
    void failuresOfTheEventItselfAreNot() {
        assertFalse(DeliveryRetryPolicy.isTransient(new IllegalArgumentException("not an S3 sequencer: zz")));
        assertFalse(DeliveryRetryPolicy.isTransient(status(400, "ValidationException")));
        assertFalse(DeliveryRetryPolicy.isTransient(new StackOverflowError()));
    }

    @Test
    void deterministicFailuresGetThreeAttemptsTransientOnesAnAgeLimit() {
        DeliveryRetryPolicy p = new DeliveryRetryPolicy(3, Duration.ofMinutes(5), 250, 30_000);
        IllegalArgumentException bad = new IllegalArgumentException("report cannot be bounded");
        assertNull(p.giveUp(bad, 1, Duration.ZERO));
        assertNull(p.giveUp(bad, 2, Duration.ofMillis(750)));
        assertEquals(DeliveryRetryPolicy.GiveUp.RETRIES_EXHAUSTED, p.giveUp(bad, 3, Duration.ofSeconds(1)));
        SdkClientException down = SdkClientException.create("Connection refused");
        assertNull(p.giveUp(down, 40, Duration.ofMinutes(4)), "an unreachable server is retried past three attempts");
        assertEquals(DeliveryRetryPolicy.GiveUp.EVENT_AGE_EXCEEDED, p.giveUp(down, 41, Duration.ofMinutes(5)));
    }

    @Test
    void backoffDoublesUpToItsCap() {
        DeliveryRetryPolicy p = DeliveryRetryPolicy.DEFAULT;
        assertEquals(250, p.backoffMillis(1));
        assertEquals(500, p.backoffMillis(2));
        assertEquals(1000, p.backoffMillis(3));
        assertEquals(30_000, p.backoffMillis(8));
        assertEquals(30_000, p.backoffMillis(1000));
    }
}

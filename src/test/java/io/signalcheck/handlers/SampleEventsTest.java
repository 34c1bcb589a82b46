package io.signalcheck.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import io.signalcheck.ArticleScorer;
import io.signalcheck.store.DynamoScoreStore;
import io.signalcheck.store.ScoresTable;
import io.signalcheck.store.StoredScore;
import io.signalcheck.testing.LocalServers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * The sample events in events/ (for {@code sam local invoke -e}), loaded with aws-lambda-java-tests — the Lambda
 * runtime's own deserialisation — and run through the handler against S3Proxy and dynalite.
 */
class SampleEventsTest {
    private static final String KEY = "articles/2026/rapport élection.html";

    @ParameterizedTest
    @Event(value = "events/s3-put.json", type = S3Event.class)
    void thePutEventDecodesToAKeyWithASpaceAndAnAccent(S3Event event) {
        S3EventNotificationRecord r = event.getRecords().get(0);
        assertEquals("ObjectCreated:Put", r.getEventName());
        assertEquals("articles/2026/rapport+%C3%A9lection.html", r.getS3().getObject().getKey());
        assertEquals(KEY, r.getS3().getObject().getUrlDecodedKey());
        assertNotNull(r.getS3().getObject().getSequencer());
        assertTrue(r.getS3().getObject().getSizeAsLong() > 0);
        assertNotNull(r.getS3().getObject().geteTag());
    }

    @ParameterizedTest
    @Event(value = "events/s3-delete.json", type = S3Event.class)
    void theDeleteEventNamesTheSameKeyWithANewerSequencer(S3Event event) {
        S3EventNotificationRecord r = event.getRecords().get(0);
        assertEquals("ObjectRemoved:Delete", r.getEventName());
        assertEquals(KEY, r.getS3().getObject().getUrlDecodedKey());
        String put = EventLoader.loadS3Event("events/s3-put.json").getRecords().get(0).getS3().getObject().getSequencer();
        assertTrue(r.getS3().getObject().getSequencer().compareTo(put) > 0, "delete must come after the put");
    }

    @Test
    void everyS3SampleEventIsCoveredHere() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("events"))) {
            java.util.Set<String> s3Events = new java.util.TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("s3-")).forEach(s3Events::add);
            assertEquals(java.util.Set.of("s3-put.json", "s3-delete.json"), s3Events,
                    "a new S3 sample event needs its own test in this class");
        }
    }

    @Test
    void theSampleEventsRunAgainstTheLocalServers() {
        S3Event put = EventLoader.loadS3Event("events/s3-put.json");
        S3Event delete = EventLoader.loadS3Event("events/s3-delete.json");
        String bucket = put.getRecords().get(0).getS3().getBucket().getName();

        S3Client s3 = LocalServers.s3Client();
        DynamoDbClient dynamo = LocalServers.dynamoClient();
        try {
            s3.createBucket(b -> b.bucket(bucket));
        } catch (BucketAlreadyOwnedByYouException exists) {
            // shared S3Proxy: another test made it
        }
        String article = "Des comptes inauthentiques se présentant comme des électeurs ont diffusé des images "
                + "générées par l'IA, selon un rapport publié par l'agence.";
        s3.putObject(b -> b.bucket(bucket).key(KEY), RequestBody.fromString(article, StandardCharsets.UTF_8));
        String table = "scores-events-" + System.nanoTime();
        ScoresTable.create(dynamo, table);
        DynamoScoreStore store = new DynamoScoreStore(dynamo, table);
        S3ScoringHandler handler = new S3ScoringHandler(s3, store, new ArticleScorer(), 1024 * 1024);

        handler.handleRequest(put, null);
        StoredScore scored = store.get(KEY).orElseThrow();
        assertEquals("scored", scored.status());
        assertEquals("0065F1A2B3C4D5E6F7", scored.object().sequencer());
        assertEquals("s3://" + bucket + "/" + KEY, scored.report().input());

        s3.deleteObject(b -> b.bucket(bucket).key(KEY));
        handler.handleRequest(delete, null);
        StoredScore tomb = store.get(KEY).orElseThrow();
        assertTrue(tomb.deleted());
        assertFalse(store.get(KEY).orElseThrow().status().equals("scored"));
        // the put redelivered after the delete changes nothing
        handler.handleRequest(put, null);
        assertTrue(store.get(KEY).orElseThrow().deleted());
    }
}

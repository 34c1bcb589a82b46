package io.signalcheck.handlers;

import static io.signalcheck.handlers.S3Events.created;
import static io.signalcheck.handlers.S3Events.removed;
import static io.signalcheck.handlers.S3Events.sequencer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.ArticleScorer;
import io.signalcheck.local.DynaliteServer;
import io.signalcheck.local.ManagedProcess;
import io.signalcheck.store.DynamoScoreStore;
import io.signalcheck.store.ScorePage;
import io.signalcheck.store.ScoreQuery;
import io.signalcheck.store.ScoresTable;
import io.signalcheck.store.StoredScore;
import io.signalcheck.store.WriteOutcome;
import io.signalcheck.testing.LocalServers;
import io.signalcheck.testing.ReportSchema;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 handler against S3Proxy and dynalite: objects uploaded for real, events shaped as S3 sends them. */
class S3ScoringHandlerTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String ARTICLE_FR = """
            <html><head><title>Ingérence électorale</title></head><body><p>Selon deux personnes proches des
            conversations, des images générées par l'IA ont servi à imiter des électeurs. Des comptes
            inauthentiques ont relayé ces montages pendant la campagne.</p></body></html>
            """;
    private static final String ARTICLE_EN = "Officials said a network of fake accounts posed as local voters "
            + "and spread fabricated stories before the election.";

    private static S3Client s3;
    private static DynamoDbClient dynamo;
    private static ArticleScorer scorer;

    private String bucket;
    private String table;
    private DynamoScoreStore store;
    private S3ScoringHandler handler;

    @BeforeAll
    static void servers() {
        s3 = LocalServers.s3Client();
        dynamo = LocalServers.dynamoClient();
        scorer = new ArticleScorer();
    }

    @BeforeEach
    void freshBucketAndTable() {
        int n = COUNTER.incrementAndGet();
        bucket = "articles-" + n + "-" + (System.nanoTime() % 100000);
        s3.createBucket(b -> b.bucket(bucket));
        table = "scores-h" + n + "-" + System.nanoTime();
        ScoresTable.create(dynamo, table);
        store = new DynamoScoreStore(dynamo, table);
        handler = new S3ScoringHandler(s3, store, scorer, 64 * 1024);
    }

    private String upload(String key, byte[] body) {
        return s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body)).eTag();
    }

    private String upload(String key, String body) {
        return upload(key, body.getBytes(StandardCharsets.UTF_8));
    }

    private List<S3ScoringHandler.RecordResult> invoke(com.amazonaws.services.lambda.runtime.events.S3Event e) {
        List<S3ScoringHandler.RecordResult> results = handler.process(e, "test-request");
        results.forEach(r -> assertNull(r.failure(), () -> "unexpected failure " + r.failure()));
        handler.handleRequest(e, null); // the Lambda entry point accepts the same event again (a redelivery)
        return results;
    }

    @Test
    void scoresAnUploadedObjectUnderItsDecodedKey() {
        String key = "articles/2026/rapport élection été.html";
        String etag = upload(key, ARTICLE_FR);
        long size = ARTICLE_FR.getBytes(StandardCharsets.UTF_8).length;
        var event = S3Events.of(created(bucket, key, size, etag, sequencer(100)));
        assertTrue(event.getRecords().get(0).getS3().getObject().getKey().contains("rapport+%C3%A9lection+%C3%A9t%C3%A9"));

        List<S3ScoringHandler.RecordResult> results = invoke(event);
        assertEquals(WriteOutcome.WRITTEN, results.get(0).outcome());

        StoredScore stored = store.get(key).orElseThrow();
        assertEquals("scored", stored.status());
        assertFalse(stored.deleted());
        assertEquals(bucket, stored.object().bucket());
        assertEquals(etag.replace("\"", ""), stored.object().etag());
        assertEquals(size, stored.object().size());
        assertEquals(sequencer(100), stored.object().sequencer());
        assertEquals(scorer.rulesVersion(), stored.rulesVersion());
        assertEquals("s3://" + bucket + "/" + key, stored.report().input());
        assertEquals(scorer.score(ARTICLE_FR.getBytes(StandardCharsets.UTF_8), "s3://" + bucket + "/" + key),
                stored.report(), "the stored report is the engine's report for those bytes");
        ReportSchema.assertValid(stored.report());
        ScorePage page = store.list(new ScoreQuery(null, null, null, null, 10, null));
        assertEquals(List.of(key), page.items().stream().map(s -> s.key()).toList());
    }

    @Test
    void aDuplicateEventWritesNothingNew() {
        String etag = upload("dup.txt", ARTICLE_EN);
        var event = S3Events.of(created(bucket, "dup.txt", ARTICLE_EN.length(), etag, sequencer(7)));
        assertEquals(WriteOutcome.WRITTEN, handler.process(event, null).get(0).outcome());
        StoredScore first = store.get("dup.txt").orElseThrow();
        assertEquals(WriteOutcome.DUPLICATE, handler.process(event, null).get(0).outcome());
        assertEquals(first, store.get("dup.txt").orElseThrow());
    }

    @Test
    void anOlderEventArrivingLateNeverOverwritesTheNewer() {
        String etag1 = upload("order.txt", ARTICLE_EN);
        String etag2 = upload("order.txt", ARTICLE_FR);
        var newer = S3Events.of(created(bucket, "order.txt", ARTICLE_FR.length(), etag2, sequencer(0x20)));
        var older = S3Events.of(created(bucket, "order.txt", ARTICLE_EN.length(), etag1, sequencer(0x1F)));

        assertEquals(WriteOutcome.WRITTEN, handler.process(newer, null).get(0).outcome());
        assertEquals(WriteOutcome.STALE, handler.process(older, null).get(0).outcome());
        StoredScore stored = store.get("order.txt").orElseThrow();
        assertEquals(sequencer(0x20), stored.object().sequencer());
        assertEquals(etag2.replace("\"", ""), stored.object().etag());
    }

    @Test
    void anEventForAnOverwrittenObjectScoresWhatIsThereAndTheNewerEventStillWins() {
        String etag1 = upload("rewritten.txt", ARTICLE_EN);
        String etag2 = upload("rewritten.txt", ARTICLE_FR);
        var older = S3Events.of(created(bucket, "rewritten.txt", ARTICLE_EN.length(), etag1, sequencer(1)));
        assertEquals(WriteOutcome.WRITTEN, handler.process(older, null).get(0).outcome());
        // the item says which bytes were scored, not what the (outdated) event announced
        assertEquals(etag2.replace("\"", ""), store.get("rewritten.txt").orElseThrow().object().etag());
        var newer = S3Events.of(created(bucket, "rewritten.txt", ARTICLE_FR.length(), etag2, sequencer(2)));
        assertEquals(WriteOutcome.WRITTEN, handler.process(newer, null).get(0).outcome());
        assertEquals(sequencer(2), store.get("rewritten.txt").orElseThrow().object().sequencer());
    }

    @Test
    void aDeleteLeavesATombstoneAndALateCreateDoesNotResurrect() {
        String key = "to delete/é.txt";
        String etag = upload(key, ARTICLE_EN);
        var create = S3Events.of(created(bucket, key, ARTICLE_EN.length(), etag, sequencer(50)));
        assertEquals(WriteOutcome.WRITTEN, invoke(create).get(0).outcome());

        s3.deleteObject(b -> b.bucket(bucket).key(key));
        assertEquals(WriteOutcome.WRITTEN, invoke(S3Events.of(removed(bucket, key, sequencer(51)))).get(0).outcome());
        StoredScore tomb = store.get(key).orElseThrow();
        assertTrue(tomb.deleted());
        assertTrue(store.list(new ScoreQuery(null, null, null, null, 10, null)).items().isEmpty());

        // the same content uploaded again, then the first create redelivered late: still deleted
        upload(key, ARTICLE_EN);
        assertEquals(WriteOutcome.STALE, handler.process(create, null).get(0).outcome());
        assertTrue(store.get(key).orElseThrow().deleted());
        // the re-upload's own event is newer than the delete: the key is back
        assertEquals(WriteOutcome.WRITTEN,
                handler.process(S3Events.of(created(bucket, key, ARTICLE_EN.length(), etag, sequencer(52))), null)
                        .get(0).outcome());
        assertFalse(store.get(key).orElseThrow().deleted());
    }

    @Test
    void aCreateEventForAnObjectDeletedSinceStoresNothing() {
        var event = S3Events.of(created(bucket, "vanished.txt", 10, "abc", sequencer(3)));
        S3ScoringHandler.RecordResult r = invoke(event).get(0);
        assertNull(r.outcome());
        assertEquals(S3ArticleReader.GONE, r.skipReason());
        assertTrue(store.get("vanished.txt").isEmpty());
    }

    @Test
    void anEmptyObjectIsStoredAsRejected() {
        String etag = upload("empty.txt", new byte[0]);
        invoke(S3Events.of(created(bucket, "empty.txt", 0, etag, sequencer(1))));
        StoredScore stored = store.get("empty.txt").orElseThrow();
        assertEquals("rejected", stored.status());
        assertEquals("empty", stored.report().error().code());
        ReportSchema.assertValid(stored.report());
        // rejected objects are listed, so analysts see them
        assertEquals("rejected", store.list(new ScoreQuery(null, null, null, null, 10, null)).items().get(0).status());
    }

    @Test
    void aBinaryObjectIsStoredAsRejected() {
        byte[] binary = new byte[4096];
        new java.util.Random(42).nextBytes(binary);
        String etag = upload("noise.bin", binary);
        invoke(S3Events.of(created(bucket, "noise.bin", binary.length, etag, sequencer(1))));
        StoredScore stored = store.get("noise.bin").orElseThrow();
        assertEquals("rejected", stored.status());
        assertEquals("binary", stored.report().error().code());
        ReportSchema.assertValid(stored.report());
    }

    @Test
    void anObjectOverTheSizeCapIsRejectedWithoutBeingScored() {
        byte[] big = ARTICLE_EN.repeat(2000).getBytes(StandardCharsets.UTF_8); // ~230 KB > 64 KB cap
        String etag = upload("big.txt", big);
        invoke(S3Events.of(created(bucket, "big.txt", big.length, etag, sequencer(1))));
        StoredScore stored = store.get("big.txt").orElseThrow();
        assertEquals("rejected", stored.status());
        assertEquals("too_large", stored.report().error().code());
        ReportSchema.assertValid(stored.report());
        assertEquals(big.length, stored.object().size());
    }

    @Test
    void everyRecordOfAnEventIsHandled() {
        String etagA = upload("multi/a.txt", ARTICLE_EN);
        String etagB = upload("multi/b.txt", new byte[0]);
        var event = S3Events.of(
                created(bucket, "multi/a.txt", ARTICLE_EN.length(), etagA, sequencer(1)),
                created(bucket, "multi/missing.txt", 5, "abc", sequencer(1)),
                created(bucket, "multi/b.txt", 0, etagB, sequencer(1)),
                removed(bucket, "multi/never-seen.txt", sequencer(9)));
        List<S3ScoringHandler.RecordResult> results = invoke(event);
        assertEquals(4, results.size());
        assertEquals("scored", store.get("multi/a.txt").orElseThrow().status());
        assertTrue(store.get("multi/missing.txt").isEmpty());
        assertEquals("rejected", store.get("multi/b.txt").orElseThrow().status());
        assertTrue(store.get("multi/never-seen.txt").orElseThrow().deleted());
    }

    @Test
    void aRecordForAnotherBucketIsIgnoredWhenTheBucketIsConfigured() {
        S3ScoringHandler only = new S3ScoringHandler(s3, store, scorer, 1024, "some-other-bucket",
                java.time.Clock.systemUTC());
        String etag = upload("elsewhere.txt", ARTICLE_EN);
        var r = only.process(S3Events.of(created(bucket, "elsewhere.txt", 10, etag, sequencer(1))), null).get(0);
        assertEquals("foreign_bucket", r.skipReason());
        assertTrue(store.get("elsewhere.txt").isEmpty());
    }

    @Test
    void environmentSettingsAreCheckedAtStart() {
        assertEquals(S3ScoringHandler.DEFAULT_MAX_OBJECT_BYTES, S3ScoringHandler.maxObjectBytes(java.util.Map.of()));
        assertEquals(2048, S3ScoringHandler.maxObjectBytes(java.util.Map.of("MAX_OBJECT_BYTES", " 2048 ")));
        assertThrows(IllegalStateException.class, () -> S3ScoringHandler.maxObjectBytes(java.util.Map.of("MAX_OBJECT_BYTES", "10MB")));
        assertThrows(IllegalStateException.class, () -> S3ScoringHandler.maxObjectBytes(java.util.Map.of("MAX_OBJECT_BYTES", "0")));
        IllegalStateException blank = assertThrows(IllegalStateException.class,
                () -> S3ScoringHandler.rejectBlankEndpoints(java.util.Map.of("AWS_ENDPOINT_URL_S3", "")));
        assertTrue(blank.getMessage().contains("AWS_ENDPOINT_URL_S3"));
        S3ScoringHandler.rejectBlankEndpoints(java.util.Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:4566"));
    }

    @Test
    void s3UnreachableThrowsSoLambdaRetries() {
        S3Client closed = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + ManagedProcess.freePort()))
                .forcePathStyle(true).region(Region.US_EAST_1).credentialsProvider(LocalServers.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(5)).build())
                .build();
        S3ScoringHandler h = new S3ScoringHandler(closed, store, scorer, 1024);
        var event = S3Events.of(created(bucket, "x.txt", 10, "abc", sequencer(1)));
        assertThrows(SdkException.class, () -> h.handleRequest(event, null));
        assertTrue(store.get("x.txt").isEmpty());
    }

    @Test
    void dynamoDbStoppedMidRunThrowsAndLeavesNoHalfWrittenRecord(@TempDir Path dir) throws Exception {
        int port = ManagedProcess.freePort();
        Path data = dir.resolve("dynalite-data");
        DynamoDbClient client = DynamoDbClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1).credentialsProvider(LocalServers.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(Duration.ofSeconds(5)).build())
                .build();
        DynamoScoreStore own = new DynamoScoreStore(client, "scores");
        S3ScoringHandler h = new S3ScoringHandler(s3, own, scorer, 64 * 1024);
        String etag1 = upload("first.txt", ARTICLE_EN);
        String etag2 = upload("second.txt", ARTICLE_FR);
        var first = S3Events.of(created(bucket, "first.txt", ARTICLE_EN.length(), etag1, sequencer(1)));
        var second = S3Events.of(created(bucket, "second.txt", ARTICLE_FR.length(), etag2, sequencer(1)));

        StoredScore firstStored;
        try (DynaliteServer server = DynaliteServer.start(port, data, dir.resolve("dynalite.log"))) {
            ScoresTable.create(client, "scores");
            h.handleRequest(first, null);
            firstStored = own.get("first.txt").orElseThrow();
        }
        assertThrows(SdkException.class, () -> h.handleRequest(second, null));

        try (DynaliteServer restarted = DynaliteServer.start(port, data, dir.resolve("dynalite2.log"))) {
            assertEquals(firstStored, own.get("first.txt").orElseThrow(), "what was stored before is intact");
            assertTrue(own.get("second.txt").isEmpty(), "nothing half-written for the failed record");
            h.handleRequest(second, null); // Lambda's retry
            StoredScore retried = own.get("second.txt").orElseThrow();
            assertEquals("scored", retried.status());
            assertNotNull(retried.report());
        }
        assertTrue(Files.exists(data));
    }
}

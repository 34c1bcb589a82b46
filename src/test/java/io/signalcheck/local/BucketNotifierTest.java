package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalcheck.testing.LocalServers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalcheck.ArticleScorer;
import io.signalcheck.handlers.S3ScoringHandler;
import io.signalcheck.store.DynamoScoreStore;
import io.signalcheck.store.ScoresTable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The notifier against a real S3Proxy: uploads, overwrites, deletes and dropped files become S3 events, in order. */
class BucketNotifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final S3Client s3 = LocalServers.s3Client();
    private final PrintStream log = System.out;

    /** Records what it is given; throws for the first {@code failures} calls. */
    static final class RecordingHandler implements RequestHandler<S3Event, Void> {
        final List<S3EventNotificationRecord> records = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        volatile int failures;

        @Override
        public Void handleRequest(S3Event event, Context context) {
            if (calls.incrementAndGet() <= failures) {
                throw new IllegalStateException("table throttled (simulated)");
            }
            records.addAll(event.getRecords());
            return null;
        }
    }

    /** Lambda's three attempts, but quick backoff and a two-second age limit so tests do not wait minutes. */
    static final DeliveryRetryPolicy QUICK_RETRY = new DeliveryRetryPolicy(3, Duration.ofSeconds(2), 20, 200);

    private BucketNotifier notifier(String bucket, RequestHandler<S3Event, ?> handler, Path stateFile)
            throws Exception {
        return notifier(bucket, handler, stateFile, log);
    }

    private BucketNotifier notifier(String bucket, RequestHandler<S3Event, ?> handler, Path stateFile,
                                    PrintStream log) throws Exception {
        BucketNotifier n = new BucketNotifier(s3, bucket, handler, new S3EventBuilder(JSON, "us-east-1", bucket),
                NotifierState.load(stateFile, JSON), Duration.ofMillis(200), failedDir(stateFile), QUICK_RETRY, log);
        n.start(LocalServers.s3().dataDir().resolve(bucket));
        return n;
    }

    private static Path failedDir(Path stateFile) {
        return stateFile.resolveSibling("failed");
    }

    private static List<Path> failedFiles(Path stateFile) throws Exception {
        Path dir = failedDir(stateFile);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void uploadsOverwritesDeletesAndDroppedFilesBecomeOrderedEvents(@TempDir Path tmp) throws Exception {
        String bucket = "notify-events";
        s3.createBucket(b -> b.bucket(bucket));
        RecordingHandler h = new RecordingHandler();
        String key = "dossiers/Élections régionales 2026.txt";
        try (BucketNotifier n = notifier(bucket, h, tmp.resolve("state.json"))) {
            String etag1 = s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString("première version")).eTag();
            await("first upload", () -> h.records.size() == 1);
            String etag2 = s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString("deuxième version, plus longue")).eTag();
            await("overwrite", () -> h.records.size() == 2);
            s3.deleteObject(d -> d.bucket(bucket).key(key));
            await("delete", () -> h.records.size() == 3);
            byte[] dropped = "Dropped straight into the folder.".getBytes(StandardCharsets.UTF_8);
            Files.write(LocalServers.s3().dataDir().resolve(bucket).resolve("dropped.txt"), dropped);
            await("dropped file", () -> h.records.size() == 4);

            S3EventNotificationRecord put1 = h.records.get(0);
            S3EventNotificationRecord put2 = h.records.get(1);
            S3EventNotificationRecord del = h.records.get(2);
            S3EventNotificationRecord drop = h.records.get(3);
            assertEquals("ObjectCreated:Put", put1.getEventName());
            assertEquals(key, put1.getS3().getObject().getUrlDecodedKey());
            assertEquals("dossiers/%C3%89lections+r%C3%A9gionales+2026.txt", put1.getS3().getObject().getKey());
            assertEquals(BucketNotifier.unquote(etag1), put1.getS3().getObject().geteTag());
            assertEquals(BucketNotifier.unquote(etag2), put2.getS3().getObject().geteTag());
            assertEquals("deuxième version, plus longue".getBytes(StandardCharsets.UTF_8).length,
                    put2.getS3().getObject().getSizeAsLong());
            assertEquals("ObjectRemoved:Delete", del.getEventName());
            assertEquals(key, del.getS3().getObject().getUrlDecodedKey());
            assertEquals("dropped.txt", drop.getS3().getObject().getUrlDecodedKey());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(dropped)),
                    drop.getS3().getObject().geteTag(), "a dropped file gets the ETag S3 would give: its MD5");
            for (int i = 1; i < h.records.size(); i++) {
                String prev = h.records.get(i - 1).getS3().getObject().getSequencer();
                String cur = h.records.get(i).getS3().getObject().getSequencer();
                assertTrue(prev.compareTo(cur) < 0, "sequencers grow: " + prev + " < " + cur);
            }
        }
    }

    @Test
    void aUsersKeyEndingInAUuidIsScoredOnceItStaysPut(@TempDir Path tmp) throws Exception {
        String bucket = "notify-uuid-key";
        s3.createBucket(b -> b.bucket(bucket));
        RecordingHandler h = new RecordingHandler();
        String key = "upload-550e8400-e29b-41d4-a716-446655440000";
        try (BucketNotifier n = notifier(bucket, h, tmp.resolve("state.json"))) {
            s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString("named by a UUID, still an article"));
            await("the UUID-named upload", () -> h.records.size() == 1);
            s3.deleteObject(d -> d.bucket(bucket).key(key));
            await("its delete", () -> h.records.size() == 2);
        }
        assertEquals(key, h.records.get(0).getS3().getObject().getUrlDecodedKey());
        assertEquals("ObjectCreated:Put", h.records.get(0).getEventName());
        assertEquals("ObjectRemoved:Delete", h.records.get(1).getEventName());
    }

    @Test
    void s3ProxysTemporaryUploadFileIsNotScored(@TempDir Path tmp) throws Exception {
        String bucket = "notify-temp-file";
        s3.createBucket(b -> b.bucket(bucket));
        RecordingHandler h = new RecordingHandler();
        Path folder = LocalServers.s3().dataDir().resolve(bucket);
        String tempKey = "story.txt-939f801c-de25-41d0-a047-c52c6afbf5bb";
        try (BucketNotifier n = notifier(bucket, h, tmp.resolve("state.json"))) {
            // what S3Proxy does for an upload: the bytes go to "<key>-<UUID>", then a rename makes the object
            Files.writeString(folder.resolve(tempKey), "the article, still arriving");
            assertTrue(s3.listObjectsV2(l -> l.bucket(bucket)).contents().stream().anyMatch(o -> o.key().equals(tempKey)),
                    "S3Proxy lists the temporary file");
            Thread.sleep(800); // several polls see it
            Files.move(folder.resolve(tempKey), folder.resolve("story.txt"), StandardCopyOption.ATOMIC_MOVE);
            await("the renamed object", () -> h.records.size() == 1);
            Thread.sleep(BucketNotifier.TEMP_FILE_QUIET.toMillis() + 600); // past the quiet period: nothing more
        }
        assertEquals(List.of("story.txt"), h.records.stream().map(r -> r.getS3().getObject().getUrlDecodedKey()).toList(),
                "only the object, no create or delete for the temporary file");
    }

    @Test
    void aFailingHandlerIsRetriedAndARestartDoesNotRenotifyUnchangedObjects(@TempDir Path tmp) throws Exception {
        String bucket = "notify-retry";
        s3.createBucket(b -> b.bucket(bucket));
        s3.putObject(p -> p.bucket(bucket).key("a.txt"), RequestBody.fromString("alpha"));
        s3.putObject(p -> p.bucket(bucket).key("b.txt"), RequestBody.fromString("beta"));
        Path state = tmp.resolve("state.json");
        RecordingHandler h = new RecordingHandler();
        h.failures = 2;
        try (BucketNotifier n = notifier(bucket, h, state)) {
            await("both objects after retries", () -> h.records.size() == 2);
        }
        assertEquals(4, h.calls.get(), "two failed attempts, then one success per object");
        assertEquals(List.of("a.txt", "b.txt"), h.records.stream().map(r -> r.getS3().getObject().getKey()).sorted().toList());

        s3.putObject(p -> p.bucket(bucket).key("c.txt"), RequestBody.fromString("gamma, added while stopped"));
        RecordingHandler again = new RecordingHandler();
        try (BucketNotifier n = notifier(bucket, again, state)) {
            await("the object added while stopped", () -> again.records.size() == 1);
            Thread.sleep(700); // a few more polls: nothing else may come
        }
        assertEquals(List.of("c.txt"), again.records.stream().map(r -> r.getS3().getObject().getKey()).toList());
        String before = h.records.get(1).getS3().getObject().getSequencer();
        assertTrue(before.compareTo(again.records.get(0).getS3().getObject().getSequencer()) < 0,
                "sequencers keep growing across a restart");
    }

    /** Counts its calls and hands them to the real handler. */
    static final class Counting implements RequestHandler<S3Event, Void> {
        final RequestHandler<S3Event, ?> inner;
        final AtomicInteger calls = new AtomicInteger();

        Counting(RequestHandler<S3Event, ?> inner) {
            this.inner = inner;
        }

        @Override
        public Void handleRequest(S3Event event, Context context) {
            calls.incrementAndGet();
            inner.handleRequest(event, context);
            return null;
        }
    }

    @Test
    void aDeterministicFailureGoesToTheFailedFolderAfterThreeAttemptsAndLaterUploadsAreScored(@TempDir Path tmp)
            throws Exception {
        String bucket = "notify-failed";
        String table = "notify-failed-scores";
        s3.createBucket(b -> b.bucket(bucket));
        DynamoDbClient dynamo = LocalServers.dynamoClient();
        ScoresTable.create(dynamo, table);
        DynamoScoreStore store = new DynamoScoreStore(dynamo, table);
        Counting handler = new Counting(new S3ScoringHandler(s3, store, new ArticleScorer(), 1024 * 1024));

        // an event left in flight whose sequencer the store refuses: it can never succeed
        Path stateFile = tmp.resolve("state.json");
        NotifierState stuck = NotifierState.load(stateFile, JSON);
        ObjectNode poisoned = new S3EventBuilder(JSON, "us-east-1", bucket)
                .build(ObjectChange.removed("retracted.txt"), "not-a-sequencer", java.time.Instant.now(), "REQ1");
        stuck.begin(ObjectChange.removed("retracted.txt"), poisoned, Sequencer.format(1));

        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(logged, true, StandardCharsets.UTF_8);
        try (BucketNotifier n = notifier(bucket, handler, stateFile, tee)) {
            s3.putObject(p -> p.bucket(bucket).key("after.txt"), RequestBody.fromString(
                    "The harbour council voted on Tuesday to repaint the lighthouse, the clerk said."));
            await("the upload after the failing event is scored", () -> store.get("after.txt").isPresent());
        }
        assertEquals(3 + 1, handler.calls.get(), "three attempts for the failing event, one for the upload");
        List<Path> files = failedFiles(stateFile);
        assertEquals(1, files.size(), "one failed-event file: " + files);
        assertTrue(files.get(0).getFileName().toString().matches(
                "\\d{8}T\\d{6}\\.\\d{3}Z-" + FailedEvents.keyHash("retracted.txt") + "\\.json"), files.get(0).toString());
        JsonNode failure = JSON.readTree(files.get(0).toFile());
        assertEquals(poisoned, failure.get("requestPayload"), "the event exactly as it was delivered");
        assertEquals("RetriesExhausted", failure.at("/requestContext/condition").asText());
        assertEquals(3, failure.at("/requestContext/approximateInvokeCount").asInt());
        assertEquals(IllegalArgumentException.class.getName(), failure.at("/responsePayload/errorType").asText());
        assertTrue(failure.at("/responsePayload/errorMessage").asText().contains("not-a-sequencer"));
        String log = logged.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("s3://" + bucket + "/retracted.txt NOT scored") && log.contains(files.get(0).toString()),
                "one line says so: " + log);

        NotifierState after = NotifierState.load(stateFile, JSON);
        assertEquals(null, after.pendingEvent(), "the failed event is done with, not redelivered at the next start");
        assertTrue(after.objects().containsKey("after.txt"));
    }

    @Test
    void anUnreachableTableIsRetriedLongerThenSavedWhenTheEventIsTooOld(@TempDir Path tmp) throws Exception {
        String bucket = "notify-unreachable";
        s3.createBucket(b -> b.bucket(bucket));
        int closedPort = ManagedProcess.freePort(); // nothing listens there
        DynamoDbClient nowhere = DynamoDbClient.builder()
                .endpointOverride(java.net.URI.create("http://127.0.0.1:" + closedPort))
                .region(Region.US_EAST_1).credentialsProvider(LocalServers.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // one HTTP try per invocation, so the notifier's own retries are what the test counts
                .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1))).build();
        Counting handler = new Counting(new S3ScoringHandler(s3, new DynamoScoreStore(nowhere, "scores"),
                new ArticleScorer(), 1024 * 1024));
        Path stateFile = tmp.resolve("state.json");
        s3.putObject(p -> p.bucket(bucket).key("waiting.txt"), RequestBody.fromString(
                "The ferry timetable changes on Monday, the operator announced."));
        try (BucketNotifier n = notifier(bucket, handler, stateFile)) {
            await("the event given up on after its age limit", () -> {
                try {
                    return failedFiles(stateFile).size() == 1;
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
        }
        assertTrue(handler.calls.get() > 3, "a transient failure gets more than three attempts: " + handler.calls.get());
        JsonNode failure = JSON.readTree(failedFiles(stateFile).get(0).toFile());
        assertEquals("EventAgeExceeded", failure.at("/requestContext/condition").asText());
        assertEquals("waiting.txt", failure.at("/requestPayload/Records/0/s3/object/key").asText());
        assertTrue(failure.at("/responsePayload/errorType").asText().contains("SdkClientException"),
                failure.at("/responsePayload").toString());
    }

    @Test
    void transientFailuresBeyondThreeAttemptsStillEndInDelivery(@TempDir Path tmp) throws Exception {
        String bucket = "notify-transient";
        s3.createBucket(b -> b.bucket(bucket));
        RecordingHandler recorded = new RecordingHandler();
        AtomicInteger calls = new AtomicInteger();
        RequestHandler<S3Event, Void> flaky = (event, context) -> {
            if (calls.incrementAndGet() <= 5) {
                throw SdkClientException.create("Unable to execute HTTP request: Connection refused (simulated)");
            }
            return recorded.handleRequest(event, context);
        };
        Path stateFile = tmp.resolve("state.json");
        s3.putObject(p -> p.bucket(bucket).key("patience.txt"), RequestBody.fromString("worth the wait"));
        try (BucketNotifier n = notifier(bucket, flaky, stateFile)) {
            await("delivery after five transient failures", () -> recorded.records.size() == 1);
        }
        assertEquals(6, calls.get());
        assertEquals(List.of(), failedFiles(stateFile), "nothing given up on");
    }
}

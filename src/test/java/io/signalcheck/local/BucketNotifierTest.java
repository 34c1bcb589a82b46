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
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
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

    private BucketNotifier notifier(String bucket, RecordingHandler handler, Path stateFile) throws Exception {
        BucketNotifier n = new BucketNotifier(s3, bucket, handler, new S3EventBuilder(JSON, "us-east-1", bucket),
                NotifierState.load(stateFile, JSON), Duration.ofMillis(200), log);
        n.start(LocalServers.s3().dataDir().resolve(bucket));
        return n;
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
    void s3ProxysInFlightUploadFilesAreNotObjects() {
        assertTrue(BucketNotifier.isS3ProxyTempFile("dossiers/a b.txt-939f801c-de25-41d0-a047-c52c6afbf5bb"));
        assertFalse(BucketNotifier.isS3ProxyTempFile("dossiers/a b.txt"));
        assertFalse(BucketNotifier.isS3ProxyTempFile("report-2026-11-29.txt"));
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
}

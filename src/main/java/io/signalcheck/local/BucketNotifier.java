package io.signalcheck.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The bucket notifications S3Proxy does not send. One worker thread lists the bucket every poll interval (and at
 * once when the drop-folder watcher sees a file change), diffs the listing against what it already notified,
 * and hands each change as an S3 event to the scoring handler, in order. A failing event is retried as Lambda
 * would ({@link DeliveryRetryPolicy}); once given up on, it is written to the failed-events folder (the
 * on-failure destination) and the next event goes on, so one bad event never blocks the others. Nothing is
 * dropped silently, and the event in flight is persisted so a restart delivers it again with the same sequencer.
 */
public final class BucketNotifier implements AutoCloseable {
    private static final Duration SETTLE = Duration.ofMillis(150);
    /** A dropped file must be this long unmodified before it is notified (a copy may still be writing it). */
    private static final Duration DROP_QUIET = Duration.ofMillis(300);
    /** How long a "<key>-<UUID>" object must be listed unchanged before it is taken for a user's object. */
    static final Duration TEMP_FILE_QUIET = Duration.ofSeconds(2);

    private final S3Client s3;
    private final String bucket;
    private final RequestHandler<S3Event, ?> handler;
    private final S3EventBuilder events;
    private final NotifierState state;
    private final Sequencer sequencer;
    private final Duration pollInterval;
    private final PrintStream log;
    private final DeliveryRetryPolicy retry;
    private final FailedEvents failed;
    private final InFlightUploads inFlight = new InFlightUploads(TEMP_FILE_QUIET, System::nanoTime);
    private final Semaphore wakeups = new Semaphore(0);
    private final Thread worker;
    private volatile boolean running = true;
    private DropFolderWatcher watcher;
    private DropFolderEtags dropFolderEtags;

    public BucketNotifier(S3Client s3, String bucket, RequestHandler<S3Event, ?> handler, S3EventBuilder events,
                          NotifierState state, Duration pollInterval, Path failedDir, PrintStream log) {
        this(s3, bucket, handler, events, state, pollInterval, failedDir, DeliveryRetryPolicy.DEFAULT, log);
    }

    BucketNotifier(S3Client s3, String bucket, RequestHandler<S3Event, ?> handler, S3EventBuilder events,
                   NotifierState state, Duration pollInterval, Path failedDir, DeliveryRetryPolicy retry,
                   PrintStream log) {
        this.s3 = s3;
        this.bucket = bucket;
        this.handler = handler;
        this.events = events;
        this.state = state;
        this.sequencer = new Sequencer(state.lastSequencer());
        this.pollInterval = pollInterval;
        this.log = log;
        this.retry = retry;
        this.failed = new FailedEvents(failedDir, new com.fasterxml.jackson.databind.ObjectMapper());
        this.worker = new Thread(this::run, "signalcheck-notifier");
        // an Error (not an exception) ends the worker: say so loudly rather than stop notifying in silence
        this.worker.setUncaughtExceptionHandler((t, e) -> log.println("signalcheck local: the bucket notifier "
                + "stopped on " + e + "; uploads are no longer scored until 'local' is restarted"));
    }

    /** Starts the worker and, when the bucket has a folder on this disk, the drop-folder watcher. */
    public void start(Path bucketFolder) throws IOException {
        if (bucketFolder != null && Files.isDirectory(bucketFolder)) {
            dropFolderEtags = new DropFolderEtags(bucketFolder.toAbsolutePath().normalize());
            watcher = new DropFolderWatcher(bucketFolder, this::wake);
        }
        worker.start();
    }

    /** Lists the bucket now rather than at the next poll. */
    public void wake() {
        wakeups.release();
    }

    private void run() {
        while (running) {
            try {
                if (state.pendingEvent() != null) {
                    deliver(state.pendingChange(), state.pendingEvent());
                }
                syncOnce();
            } catch (RuntimeException e) {
                // S3 endpoint busy or going away, or the state file not writable: the next poll tries again,
                // and what was not delivered is still in the diff
                if (running) {
                    log.println("signalcheck local: syncing s3://" + bucket + " failed, retrying: " + e);
                }
            }
            try {
                if (wakeups.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    Thread.sleep(SETTLE.toMillis()); // let a copy into the drop folder finish
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void syncOnce() {
        Map<String, ObjectState> listing = list();
        List<ObjectChange> changes = BucketDiff.changes(state.objects(), listing);
        for (ObjectChange change : changes) {
            if (!running) {
                return;
            }
            String seq = sequencer.next();
            ObjectNode event = events.build(change, seq, Instant.now(), requestId());
            state.begin(change, event, seq);
            deliver(change, event);
        }
    }

    private Map<String, ObjectState> list() {
        Map<String, ObjectState> out = new HashMap<>();
        for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
            String etag = unquote(o.eTag());
            if (inFlight.holdBack(o.key(), new ObjectState(etag, o.size() == null ? 0 : o.size(),
                    o.lastModified() == null ? 0 : o.lastModified().toEpochMilli()))) {
                // maybe an upload in progress (the real key appears when S3Proxy renames it): wait and see,
                // and until then a key notified before keeps its state
                ObjectState before = state.objects().get(o.key());
                if (before != null) {
                    out.put(o.key(), before);
                }
                continue;
            }
            if (etag == null && dropFolderEtags != null) {
                // S3Proxy gives no ETag for a file copied into the folder: wait until the copy is quiet, then
                // compute the ETag S3 would give (until then, the key keeps the state it had, if any)
                if (dropFolderEtags.settling(o.key(), DROP_QUIET)) {
                    ObjectState before = state.objects().get(o.key());
                    if (before != null) {
                        out.put(o.key(), before);
                    }
                    continue;
                }
                etag = dropFolderEtags.etagOf(o.key());
            }
            out.put(o.key(), new ObjectState(etag, o.size() == null ? 0 : o.size(),
                    o.lastModified() == null ? 0 : o.lastModified().toEpochMilli()));
        }
        inFlight.listingDone();
        return out;
    }

    /**
     * Invokes the handler until it succeeds or the retry policy gives up, then records the event as failed; or
     * until `local` stops, leaving the event pending for the next start.
     */
    private void deliver(ObjectChange change, ObjectNode event) {
        S3Event s3Event = S3EventParser.parse(event);
        String eventName = s3Event.getRecords().get(0).getEventName();
        long firstAttempt = System.nanoTime();
        for (int attempt = 1; running; attempt++) {
            long started = System.nanoTime();
            try {
                handler.handleRequest(s3Event, new LocalLambdaContext("ScoringFunction", requestId(), log));
                state.complete();
                log.printf(Locale.ROOT, "signalcheck local: %s s3://%s/%s handled in %d ms%n", eventName, bucket,
                        change.key(), (System.nanoTime() - started) / 1_000_000);
                return;
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                // what a Lambda invocation would report as a function error; other VM errors end the worker
                if (!running) {
                    return;
                }
                DeliveryRetryPolicy.GiveUp why = retry.giveUp(e, attempt,
                        Duration.ofNanos(System.nanoTime() - firstAttempt));
                if (why != null) {
                    giveUp(change, event, eventName, e, why, attempt);
                    return;
                }
                long backoff = retry.backoffMillis(attempt);
                log.printf(Locale.ROOT, "signalcheck local: %s s3://%s/%s failed (attempt %d: %s), retrying in %d ms%n",
                        eventName, bucket, change.key(), attempt, e, backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Records the event in the failed-events folder, then marks it done so the next event goes on. */
    private void giveUp(ObjectChange change, ObjectNode event, String eventName, Throwable error,
                        DeliveryRetryPolicy.GiveUp why, int attempts) {
        // if this write fails, the exception leaves the event pending and the next poll delivers it again
        Path file = failed.write(change.key(), event, error, why, attempts, Instant.now());
        state.complete();
        log.printf(Locale.ROOT, "signalcheck local: %s s3://%s/%s NOT scored: %s after %d attempts (%s); "
                + "event and error saved to %s%n", eventName, bucket, change.key(),
                why == DeliveryRetryPolicy.GiveUp.RETRIES_EXHAUSTED ? "failed" : "still failing", attempts, error, file);
    }

    private static String requestId() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong()).toUpperCase(Locale.ROOT);
    }

    static String unquote(String etag) {
        if (etag == null) {
            return null;
        }
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
                ? etag.substring(1, etag.length() - 1) : etag;
    }

    @Override
    public void close() {
        running = false;
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // closing a watch service only fails if already closed
            }
        }
        worker.interrupt();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

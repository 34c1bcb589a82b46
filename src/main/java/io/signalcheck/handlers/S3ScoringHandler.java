package io.signalcheck.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import io.signalcheck.ArticleScorer;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.store.DynamoScoreStore;
import io.signalcheck.store.ObjectMeta;
import io.signalcheck.store.ScoreStore;
import io.signalcheck.store.StoredScore;
import io.signalcheck.store.WriteOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Lambda entry point for S3 event notifications: scores created objects and stores the result, leaves a
 * tombstone for removed ones (docs/STORE.md). Every record is handled; writes are ordered by the event
 * sequencer, so duplicates and late events change nothing. A bad object is stored as {@code rejected} and the
 * invocation succeeds; any other failure is rethrown after the remaining records are handled, so Lambda
 * retries the event (records already stored come back as duplicates) and finally sends it to the on-failure
 * destination.
 */
public final class S3ScoringHandler implements RequestHandler<S3Event, Void> {
    /** Table the scores go to (required). */
    public static final String ENV_SCORES_TABLE = "SCORES_TABLE";
    /** Largest object scored, in bytes; larger ones are stored as rejected without being read. */
    public static final String ENV_MAX_OBJECT_BYTES = "MAX_OBJECT_BYTES";
    /** The bucket this function serves; records naming another bucket are logged and ignored. */
    public static final String ENV_ARTICLES_BUCKET = "ARTICLES_BUCKET";
    /** Every variable this handler reads besides the SDK's standard AWS_* ones; the template sets them all. */
    public static final List<String> ENVIRONMENT = List.of(ENV_SCORES_TABLE, ENV_MAX_OBJECT_BYTES, ENV_ARTICLES_BUCKET);
    public static final long DEFAULT_MAX_OBJECT_BYTES = 10L * 1024 * 1024;

    private final S3ArticleReader reader;
    private final ScoreStore store;
    private final String expectedBucket;
    private final Clock clock;
    private final RecordLog log;

    /** For Lambda: configuration from the environment, clients built once per execution environment. */
    public S3ScoringHandler() {
        this(System.getenv());
    }

    private S3ScoringHandler(Map<String, String> env) {
        this(lambdaS3Client(env), new DynamoScoreStore(lambdaDynamoClient(), required(env, ENV_SCORES_TABLE)),
                new ArticleScorer(), maxObjectBytes(env), env.get(ENV_ARTICLES_BUCKET), Clock.systemUTC());
    }

    /** For the local stack and tests: given clients and store, any bucket accepted. */
    public S3ScoringHandler(S3Client s3, ScoreStore store, ArticleScorer scorer, long maxObjectBytes) {
        this(s3, store, scorer, maxObjectBytes, null, Clock.systemUTC());
    }

    S3ScoringHandler(S3Client s3, ScoreStore store, ArticleScorer scorer, long maxObjectBytes, String expectedBucket,
                     Clock clock) {
        if (maxObjectBytes < 1) {
            throw new IllegalArgumentException("maxObjectBytes must be positive");
        }
        this.reader = new S3ArticleReader(s3, scorer, maxObjectBytes);
        this.store = store;
        this.expectedBucket = expectedBucket == null || expectedBucket.isBlank() ? null : expectedBucket;
        this.clock = clock;
        this.log = new RecordLog(System.out);
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        RuntimeException firstFailure = null;
        for (RecordResult r : process(event, requestId)) {
            if (r.failure() != null && firstFailure == null) {
                firstFailure = r.failure();
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return null;
    }

    /** What happened to one record: a store outcome, a skip reason, or the failure to retry. */
    record RecordResult(String key, WriteOutcome outcome, String status, String skipReason, RuntimeException failure) {}

    List<RecordResult> process(S3Event event, String requestId) {
        List<RecordResult> results = new ArrayList<>();
        if (event == null || event.getRecords() == null) {
            return results;
        }
        for (S3EventNotificationRecord record : event.getRecords()) {
            long start = System.nanoTime();
            RecordResult result;
            try {
                result = handle(record);
            } catch (RuntimeException e) {
                result = new RecordResult(keyOf(record), null, null, null, e);
            }
            results.add(result);
            logResult(requestId, record, result, (System.nanoTime() - start) / 1_000_000);
        }
        return results;
    }

    private RecordResult handle(S3EventNotificationRecord record) {
        String eventName = record.getEventName() == null ? "" : record.getEventName();
        ObjectMeta object = meta(record);
        if (expectedBucket != null && !expectedBucket.equals(object.bucket())) {
            return new RecordResult(object.key(), null, null, "foreign_bucket", null);
        }
        if (eventName.startsWith("ObjectRemoved")) {
            return new RecordResult(object.key(), store.markDeleted(object, clock.instant()), "deleted", null, null);
        }
        if (!eventName.startsWith("ObjectCreated")) {
            return new RecordResult(object.key(), null, null, "unhandled_event", null);
        }
        S3ArticleReader.Result read = reader.read(object);
        if (read.report() == null) {
            return new RecordResult(object.key(), null, null, read.skipReason(), null);
        }
        ScoreReport report = read.report();
        StoredScore score = new StoredScore(read.object(), report.status(), clock.instant(), report.rulesVersion(), false,
                report);
        return new RecordResult(object.key(), store.putScore(score), report.status(), null, null);
    }

    private static ObjectMeta meta(S3EventNotificationRecord record) {
        S3ObjectEntity o = record.getS3().getObject();
        Long size = o.getSizeAsLong();
        return new ObjectMeta(record.getS3().getBucket().getName(), o.getUrlDecodedKey(), blankToNull(o.geteTag()),
                size == null ? 0L : size, blankToNull(o.getVersionId()), o.getSequencer());
    }

    /** The runtime's deserialiser turns an absent versionId into "", which S3 would take as a version to find. */
    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String keyOf(S3EventNotificationRecord record) {
        try {
            return record.getS3().getObject().getUrlDecodedKey();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private void logResult(String requestId, S3EventNotificationRecord record, RecordResult r, long ms) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("event", record.getEventName());
        f.put("bucket", record.getS3() == null || record.getS3().getBucket() == null ? null
                : record.getS3().getBucket().getName());
        f.put("key", r.key());
        f.put("sequencer", record.getS3() == null || record.getS3().getObject() == null ? null
                : record.getS3().getObject().getSequencer());
        if (r.failure() != null) {
            f.put("outcome", "FAILED");
            f.put("error", r.failure().getClass().getSimpleName());
            f.put("errorMessage", r.failure().getMessage());
        } else if (r.outcome() != null) {
            f.put("outcome", r.outcome().name());
            f.put("status", r.status());
        } else {
            f.put("outcome", "SKIPPED");
            f.put("reason", r.skipReason());
        }
        f.put("ms", ms);
        log.record(r.failure() != null ? "ERROR" : "INFO", requestId, f);
    }

    // ----- configuration from the environment (Lambda, sam local) -----

    private static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return v;
    }

    static long maxObjectBytes(Map<String, String> env) {
        String v = env.get(ENV_MAX_OBJECT_BYTES);
        if (v == null || v.isBlank()) {
            return DEFAULT_MAX_OBJECT_BYTES;
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < 1) {
                throw new NumberFormatException("not positive");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(ENV_MAX_OBJECT_BYTES + " must be a positive number of bytes: " + v, e);
        }
    }

    /**
     * Region and endpoint come from the SDK's own AWS_REGION and AWS_ENDPOINT_URL_S3; with an endpoint override
     * (sam local, the local stack) requests are path-style, as S3-compatible servers expect.
     */
    private static S3Client lambdaS3Client(Map<String, String> env) {
        rejectBlankEndpoints(env);
        boolean overridden = env.get("AWS_ENDPOINT_URL_S3") != null || env.get("AWS_ENDPOINT_URL") != null;
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .forcePathStyle(overridden)
                .build();
    }

    /** The SDK fails on an empty endpoint variable with an obscure message; say what to do instead. */
    static void rejectBlankEndpoints(Map<String, String> env) {
        for (String name : List.of("AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_DYNAMODB")) {
            String v = env.get(name);
            if (v != null && v.isBlank()) {
                throw new IllegalStateException(name + " is set but empty: unset it, or give a URL such as "
                        + "http://host.docker.internal:4566 (sam local: --parameter-overrides LocalS3EndpointUrl=...)");
            }
        }
    }

    private static DynamoDbClient lambdaDynamoClient() {
        return DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
                .build();
    }
}

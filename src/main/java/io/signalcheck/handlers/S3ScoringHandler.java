package io.signalcheck.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.signalcheck.ArticleScorer;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.store.ObjectMeta;
import io.signalcheck.store.ScoreStore;
import io.signalcheck.store.StoredScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import software.amazon.awssdk.services.s3.S3Client;

/** TEMP stand-in (branch local only; the real one comes from branch store). */
public final class S3ScoringHandler implements RequestHandler<S3Event, Void> {
    private final S3Client s3;
    private final ScoreStore store;
    private final ArticleScorer scorer;
    private final long maxObjectBytes;

    public S3ScoringHandler(S3Client s3, ScoreStore store, ArticleScorer scorer, long maxObjectBytes) {
        this.s3 = s3;
        this.store = store;
        this.scorer = scorer;
        this.maxObjectBytes = maxObjectBytes;
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        for (S3EventNotificationRecord r : event.getRecords()) {
            String bucket = r.getS3().getBucket().getName();
            String key = r.getS3().getObject().getUrlDecodedKey();
            ObjectMeta meta = new ObjectMeta(bucket, key, r.getS3().getObject().geteTag(),
                    r.getS3().getObject().getSizeAsLong() == null ? 0 : r.getS3().getObject().getSizeAsLong(),
                    null, r.getS3().getObject().getSequencer());
            if (r.getEventName().startsWith("ObjectRemoved")) {
                store.markDeleted(meta, Instant.now());
                continue;
            }
            try (InputStream in = s3.getObject(g -> g.bucket(bucket).key(key))) {
                ScoreReport report = scorer.score(in, "s3://" + bucket + "/" + key, maxObjectBytes);
                store.putScore(new StoredScore(meta, report.status(), Instant.now(), report.rulesVersion(), false, report));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }
}

package io.signalcheck.handlers;

import io.signalcheck.ArticleScorer;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.store.ObjectMeta;
import java.io.IOException;
import java.io.UncheckedIOException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads the object an ObjectCreated event names and scores it: HEAD first (gone? over the size cap?), then a
 * streamed GET bounded by the cap. The result carries the ETag and size of the bytes actually scored: when the
 * key was overwritten after the event, the newer content is scored under the older sequencer, and the newer
 * event, which always follows, then writes again; the end state is the same either way. Problems with the
 * object itself become a rejected report; an object deleted since the event is skipped, because its
 * ObjectRemoved event carries the newer state. Anything else (S3 unreachable, throttled, denied) is thrown.
 */
final class S3ArticleReader {
    /** What reading one created object gave: a report and the object as read, or a reason to store nothing. */
    record Result(ObjectMeta object, ScoreReport report, String skipReason) {
        static Result skip(String reason) {
            return new Result(null, null, reason);
        }
    }

    static final String GONE = "object_gone";

    private final S3Client s3;
    private final ArticleScorer scorer;
    private final long maxObjectBytes;

    S3ArticleReader(S3Client s3, ArticleScorer scorer, long maxObjectBytes) {
        this.s3 = s3;
        this.scorer = scorer;
        this.maxObjectBytes = maxObjectBytes;
    }

    Result read(ObjectMeta event) {
        String input = "s3://" + event.bucket() + "/" + event.key();
        HeadObjectResponse head;
        try {
            head = s3.headObject(b -> b.bucket(event.bucket()).key(event.key()).versionId(event.versionId()));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Result.skip(GONE);
            }
            throw e;
        }
        ObjectMeta headed = asRead(event, head.eTag(), head.contentLength(), head.versionId());
        if (headed.size() > maxObjectBytes) {
            return new Result(headed, scorer.rejectedReport(input, "too_large", "the object is " + headed.size()
                    + " bytes, over the limit of " + maxObjectBytes + " bytes"), null);
        }
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(event.bucket())
                .key(event.key()).versionId(event.versionId()))) {
            GetObjectResponse got = in.response();
            ObjectMeta read = asRead(event, got.eTag(), got.contentLength(), got.versionId());
            return new Result(read, scorer.score(in, input, maxObjectBytes), null);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Result.skip(GONE);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + input + " failed", e);
        }
    }

    /** The event's object with the ETag, size and version S3 reported for what was read. */
    private static ObjectMeta asRead(ObjectMeta event, String etag, Long size, String versionId) {
        return new ObjectMeta(event.bucket(), event.key(), etag == null ? event.etag() : unquote(etag),
                size == null ? event.size() : size, versionId == null ? event.versionId() : versionId,
                event.sequencer());
    }

    private static String unquote(String etag) {
        if (etag == null) {
            return null;
        }
        String t = etag.trim();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1);
        }
        return t;
    }
}

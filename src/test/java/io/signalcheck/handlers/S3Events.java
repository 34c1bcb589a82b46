package io.signalcheck.handlers;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** S3 notification records built the way S3 sends them: form-encoded keys, hex sequencers, unquoted ETags. */
final class S3Events {
    private S3Events() {}

    static S3Event of(S3EventNotificationRecord... records) {
        return new S3Event(List.of(records));
    }

    static S3EventNotificationRecord created(String bucket, String key, long size, String etag, String sequencer) {
        return record("ObjectCreated:Put", bucket, new S3ObjectEntity(encodeKey(key), size, unquote(etag), null,
                sequencer));
    }

    static S3EventNotificationRecord removed(String bucket, String key, String sequencer) {
        return record("ObjectRemoved:Delete", bucket, new S3ObjectEntity(encodeKey(key), (Long) null, null, null,
                sequencer));
    }

    /** S3 encodes keys like an HTML form (space as '+', UTF-8 percent-escapes) and leaves '/' alone. */
    static String encodeKey(String key) {
        List<String> parts = new ArrayList<>();
        for (String segment : key.split("/", -1)) {
            parts.add(URLEncoder.encode(segment, StandardCharsets.UTF_8));
        }
        return String.join("/", parts);
    }

    static String sequencer(long n) {
        return String.format("%018X", n);
    }

    private static S3EventNotificationRecord record(String eventName, String bucket, S3ObjectEntity object) {
        S3Entity s3 = new S3Entity("score-new-articles", new S3BucketEntity(bucket, new UserIdentityEntity("OWNER"),
                "arn:aws:s3:::" + bucket), object, "1.0");
        return new S3EventNotificationRecord("us-east-1", eventName, "aws:s3", "2026-11-02T08:15:42.120Z", "2.1",
                new RequestParametersEntity("203.0.113.24"), new ResponseElementsEntity("x-amz-id-2", "REQ"), s3,
                new UserIdentityEntity("AWS:ANALYST"));
    }

    private static String unquote(String etag) {
        return etag == null ? null : etag.replace("\"", "");
    }
}

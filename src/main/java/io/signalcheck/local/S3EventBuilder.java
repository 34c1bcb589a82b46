package io.signalcheck.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Builds the JSON of an S3 event notification as S3 sends it to Lambda (event version 2.1, one record per
 * event): ObjectCreated:Put with size and ETag, ObjectRemoved:Delete with key and sequencer only; the key
 * URL-encoded the way S3 does it (space as '+', '/' kept).
 */
public final class S3EventBuilder {
    static final String CREATED = "ObjectCreated:Put";
    static final String REMOVED = "ObjectRemoved:Delete";
    private static final String PRINCIPAL = "AWS:SIGNALCHECKLOCAL";
    private static final DateTimeFormatter EVENT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper;
    private final String region;
    private final String bucket;

    public S3EventBuilder(ObjectMapper mapper, String region, String bucket) {
        this.mapper = mapper;
        this.region = region;
        this.bucket = bucket;
    }

    public ObjectNode build(ObjectChange change, String sequencer, Instant eventTime, String requestId) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("eventVersion", "2.1");
        record.put("eventSource", "aws:s3");
        record.put("awsRegion", region);
        record.put("eventTime", EVENT_TIME.format(eventTime));
        record.put("eventName", change.kind() == ObjectChange.Kind.CREATED ? CREATED : REMOVED);
        record.putObject("userIdentity").put("principalId", PRINCIPAL);
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        ObjectNode response = record.putObject("responseElements");
        response.put("x-amz-request-id", requestId);
        response.put("x-amz-id-2", "signalcheck-local/" + requestId);
        ObjectNode s3 = record.putObject("s3");
        s3.put("s3SchemaVersion", "1.0");
        s3.put("configurationId", "signalcheck-local");
        ObjectNode b = s3.putObject("bucket");
        b.put("name", bucket);
        b.putObject("ownerIdentity").put("principalId", PRINCIPAL);
        b.put("arn", "arn:aws:s3:::" + bucket);
        ObjectNode object = s3.putObject("object");
        object.put("key", encodeKey(change.key()));
        if (change.kind() == ObjectChange.Kind.CREATED) {
            object.put("size", change.state().size());
            if (change.state().etag() != null) {
                object.put("eTag", change.state().etag());
            }
        }
        object.put("sequencer", sequencer);
        return root;
    }

    /** S3's encoding of keys in notifications: form-URL-encoding (space as '+') with '/' left as is. */
    public static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}

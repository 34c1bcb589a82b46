package io.signalcheck.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.RequestParametersEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.ResponseElementsEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.UserIdentityEntity;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads S3 notification JSON into the aws-lambda-java-events {@link S3Event}, field for field as the Lambda
 * runtime's serializer does (a unit test checks the two agree), without the runtime's serialization jar.
 */
public final class S3EventParser {
    private S3EventParser() {}

    public static S3Event parse(JsonNode root) {
        List<S3EventNotificationRecord> records = new ArrayList<>();
        for (JsonNode r : root.path("Records")) {
            JsonNode s3 = r.path("s3");
            JsonNode b = s3.path("bucket");
            JsonNode o = s3.path("object");
            S3BucketEntity bucket = new S3BucketEntity(text(b, "name"),
                    new UserIdentityEntity(text(b.path("ownerIdentity"), "principalId")), text(b, "arn"));
            // absent size, eTag, versionId (delete events, unversioned buckets) read as 0 and "", as the runtime's
            // serializer gives them
            S3ObjectEntity object = new S3ObjectEntity(text(o, "key"), o.path("size").asLong(0),
                    o.path("eTag").asText(""), o.path("versionId").asText(""), text(o, "sequencer"));
            S3Entity entity = new S3Entity(text(s3, "configurationId"), bucket, object, text(s3, "s3SchemaVersion"));
            JsonNode resp = r.path("responseElements");
            records.add(new S3EventNotificationRecord(text(r, "awsRegion"), text(r, "eventName"),
                    text(r, "eventSource"), text(r, "eventTime"), text(r, "eventVersion"),
                    new RequestParametersEntity(text(r.path("requestParameters"), "sourceIPAddress")),
                    new ResponseElementsEntity(text(resp, "x-amz-id-2"), text(resp, "x-amz-request-id")),
                    entity, new UserIdentityEntity(text(r.path("userIdentity"), "principalId"))));
        }
        return new S3Event(records);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

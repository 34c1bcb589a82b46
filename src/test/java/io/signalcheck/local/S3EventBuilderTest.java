package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The notifications `local` builds look like S3's and read the same as through the Lambda runtime. */
class S3EventBuilderTest {
    private final ObjectMapper json = new ObjectMapper();
    private final S3EventBuilder builder = new S3EventBuilder(json, "us-east-1", "articles");
    private static final Instant AT = Instant.parse("2026-11-29T18:15:02.123Z");

    @Test
    void encodesKeysAsS3DoesSpaceAsPlusSlashKept() {
        assertEquals("dossiers/%C3%89lections+r%C3%A9gionales+2026.txt",
                S3EventBuilder.encodeKey("dossiers/Élections régionales 2026.txt"));
        assertEquals("a%2Bb%3Dc%26d.txt", S3EventBuilder.encodeKey("a+b=c&d.txt"));
        assertEquals("plain/key.html", S3EventBuilder.encodeKey("plain/key.html"));
    }

    @Test
    void createdEventHasS3sShapeAndDecodesBackToTheKey() {
        String key = "dossiers/Élections régionales 2026 + annexe.txt";
        ObjectNode event = builder.build(ObjectChange.created(key, new ObjectState("0cc175b9c0f1b6a831c399e269772661",
                1234, AT.toEpochMilli())), "01000006616E2DC8F750", AT, "C3D13FE58DE4C810");
        JsonNode r = event.get("Records").get(0);
        assertEquals(1, event.get("Records").size());
        assertEquals("2.1", r.get("eventVersion").asText());
        assertEquals("aws:s3", r.get("eventSource").asText());
        assertEquals("us-east-1", r.get("awsRegion").asText());
        assertEquals("2026-11-29T18:15:02.123Z", r.get("eventTime").asText());
        assertEquals("ObjectCreated:Put", r.get("eventName").asText());
        assertEquals("1.0", r.at("/s3/s3SchemaVersion").asText());
        assertEquals("articles", r.at("/s3/bucket/name").asText());
        assertEquals("arn:aws:s3:::articles", r.at("/s3/bucket/arn").asText());
        assertEquals("dossiers/%C3%89lections+r%C3%A9gionales+2026+%2B+annexe.txt", r.at("/s3/object/key").asText());
        assertEquals(1234, r.at("/s3/object/size").asLong());
        assertEquals("0cc175b9c0f1b6a831c399e269772661", r.at("/s3/object/eTag").asText());
        assertEquals("01000006616E2DC8F750", r.at("/s3/object/sequencer").asText());
        assertEquals("C3D13FE58DE4C810", r.at("/responseElements/x-amz-request-id").asText());

        S3Event parsed = S3EventParser.parse(event);
        assertEquals(key, parsed.getRecords().get(0).getS3().getObject().getUrlDecodedKey());
    }

    @Test
    void removedEventCarriesOnlyKeyAndSequencer() {
        JsonNode o = builder.build(ObjectChange.removed("old one.txt"), "01000006616E2DC8F751", AT, "R1")
                .at("/Records/0/s3/object");
        assertEquals("ObjectRemoved:Delete", builder.build(ObjectChange.removed("x"), "1", AT, "R")
                .at("/Records/0/eventName").asText());
        assertEquals("old+one.txt", o.get("key").asText());
        assertEquals("01000006616E2DC8F751", o.get("sequencer").asText());
        assertFalse(o.has("size"));
        assertFalse(o.has("eTag"));
    }

    @Test
    void ourParserAgreesWithTheLambdaRuntimesDeserialisation() throws Exception {
        for (ObjectNode event : new ObjectNode[] {
                builder.build(ObjectChange.created("fr/l'IA générée.html", new ObjectState("abc", 99, 0)),
                        "01000006616E2DC8F752", AT, "REQ1"),
                builder.build(ObjectChange.removed("de/Fake-Accounts Bericht.txt"), "01000006616E2DC8F753", AT, "REQ2")}) {
            S3Event ours = S3EventParser.parse(event);
            S3Event runtime = LambdaEventSerializers.serializerFor(S3Event.class, getClass().getClassLoader())
                    .fromJson(json.writeValueAsString(event));
            assertSameRecord(runtime.getRecords().get(0), ours.getRecords().get(0));
        }
    }

    private static void assertSameRecord(S3EventNotificationRecord want, S3EventNotificationRecord got) {
        assertEquals(want.getEventName(), got.getEventName());
        assertEquals(want.getEventSource(), got.getEventSource());
        assertEquals(want.getEventVersion(), got.getEventVersion());
        assertEquals(want.getAwsRegion(), got.getAwsRegion());
        assertEquals(want.getEventTime().getMillis(), got.getEventTime().getMillis());
        assertEquals(want.getUserIdentity().getPrincipalId(), got.getUserIdentity().getPrincipalId());
        assertEquals(want.getRequestParameters().getSourceIPAddress(), got.getRequestParameters().getSourceIPAddress());
        assertEquals(want.getResponseElements().getxAmzRequestId(), got.getResponseElements().getxAmzRequestId());
        assertEquals(want.getResponseElements().getxAmzId2(), got.getResponseElements().getxAmzId2());
        assertEquals(want.getS3().getConfigurationId(), got.getS3().getConfigurationId());
        assertEquals(want.getS3().getS3SchemaVersion(), got.getS3().getS3SchemaVersion());
        assertEquals(want.getS3().getBucket().getName(), got.getS3().getBucket().getName());
        assertEquals(want.getS3().getBucket().getArn(), got.getS3().getBucket().getArn());
        assertEquals(want.getS3().getObject().getKey(), got.getS3().getObject().getKey());
        assertEquals(want.getS3().getObject().getUrlDecodedKey(), got.getS3().getObject().getUrlDecodedKey());
        assertEquals(want.getS3().getObject().getSizeAsLong(), got.getS3().getObject().getSizeAsLong());
        assertEquals(want.getS3().getObject().geteTag(), got.getS3().getObject().geteTag());
        assertEquals(want.getS3().getObject().getSequencer(), got.getS3().getObject().getSequencer());
        assertEquals(want.getS3().getObject().getVersionId(), got.getS3().getObject().getVersionId());
        assertTrue(got.getS3().getObject().getSequencer().length() == Sequencer.WIDTH);
    }
}

package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.signalcheck.testing.LocalServers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;

/** The launchers start real servers that the SDK (default checksums, path style) can use. */
class LocalServersTest {

    @Test
    void s3ProxyStoresAndReturnsObjectsBytForByte() {
        S3Client s3 = LocalServers.s3Client();
        s3.createBucket(b -> b.bucket("smoke"));
        String body = "Des comptes inauthentiques — ünïcödé";
        s3.putObject(p -> p.bucket("smoke").key("dir/a b é.txt"), RequestBody.fromString(body));
        String back = s3.getObjectAsBytes(g -> g.bucket("smoke").key("dir/a b é.txt")).asString(StandardCharsets.UTF_8);
        assertEquals(body, back);
        assertTrue(LocalServers.s3().dataDir().resolve("smoke").toFile().isDirectory(), "filesystem backend folder");
    }

    @Test
    void dynaliteCreatesTablesImmediately() {
        DynamoDbClient ddb = LocalServers.dynamoClient();
        ddb.createTable(c -> c.tableName("smoke")
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                .billingMode(BillingMode.PAY_PER_REQUEST));
        assertEquals("ACTIVE", ddb.describeTable(d -> d.tableName("smoke")).table().tableStatusAsString());
    }
}

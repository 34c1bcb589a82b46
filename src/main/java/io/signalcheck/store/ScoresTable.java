package io.signalcheck.store;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** TEMP stand-in (branch local only; the real one comes from branch store). */
public final class ScoresTable {
    private ScoresTable() {}

    public static void create(DynamoDbClient ddb, String table) {
        try {
            ddb.createTable(c -> c.tableName(table).billingMode("PAY_PER_REQUEST")
                    .keySchema(k -> k.attributeName("pk").keyType("HASH"))
                    .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S)));
        } catch (ResourceInUseException exists) {
            // idempotent
        }
    }
}

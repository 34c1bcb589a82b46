package io.signalcheck.store;

import io.signalcheck.signals.Signal;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * The scores table's shape (docs/STORE.md): one item per object key, a sparse "recent" index for newest-first
 * lists, one by language, and one sparse index per signal holding only items where that signal is detected.
 * The same shape is declared in template.yaml; a test keeps the two equal.
 */
public final class ScoresTable {
    /** Table partition key: the S3 object key. */
    public static final String PK = "pk";
    /** Sort key of every index: fixed-width scoredAt, then {@code #} and the key (unique, newest sorts last). */
    public static final String LIST_SK = "listSk";
    /** Partition of the recent index: the constant {@link #ALL} on listed items, absent on tombstones. */
    public static final String LIST_PK = "listPk";
    public static final String ALL = "ALL";
    /** Partition of the language index: the report's language (fr, en, de, es, und). */
    public static final String LANGUAGE = "language";

    public static final String RECENT_INDEX = "recent";
    public static final String LANGUAGE_INDEX = "byLanguage";

    /** Attributes copied into every index, enough for a list summary without reading the report. */
    public static final List<String> SUMMARY_ATTRIBUTES = List.of("scoredAt", "status", "overallScore",
            "overallLevel", "detectedSignals", "attributionLevel");

    private static final long POLL_MS = 100;
    private static final long ACTIVE_TIMEOUT_MS = 120_000;

    private ScoresTable() {}

    /** Index of the items where {@code signal} is detected, e.g. {@code bySignal-hack_and_leak}. */
    public static String signalIndex(Signal signal) {
        return "bySignal-" + signal.id();
    }

    /** Partition attribute of a signal index, set (to the signal id) only when the signal is detected. */
    public static String signalAttribute(Signal signal) {
        return "sig_" + signal.id();
    }

    /** The table definition (on-demand). */
    public static CreateTableRequest definition(String tableName) {
        List<AttributeDefinition> attributes = new ArrayList<>();
        attributes.add(stringAttribute(PK));
        attributes.add(stringAttribute(LIST_PK));
        attributes.add(stringAttribute(LIST_SK));
        attributes.add(stringAttribute(LANGUAGE));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        indexes.add(index(RECENT_INDEX, LIST_PK, List.of(LANGUAGE)));
        indexes.add(index(LANGUAGE_INDEX, LANGUAGE, List.of()));
        for (Signal s : Signal.values()) {
            attributes.add(stringAttribute(signalAttribute(s)));
            indexes.add(index(signalIndex(s), signalAttribute(s), List.of(LANGUAGE)));
        }
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes)
                .keySchema(KeySchemaElement.builder().attributeName(PK).keyType(KeyType.HASH).build())
                .globalSecondaryIndexes(indexes)
                .build();
    }

    /**
     * Creates the table unless it exists, and returns once it is ACTIVE. Polls every 100 ms instead of the SDK
     * waiter (20 s between polls), so local servers are ready at once.
     */
    public static void create(DynamoDbClient client, String tableName) {
        if (status(client, tableName) == null) {
            try {
                client.createTable(definition(tableName));
            } catch (ResourceInUseException createdMeanwhile) {
                // another process created it between our describe and create: fine, wait for it below
            }
        }
        long deadline = System.currentTimeMillis() + ACTIVE_TIMEOUT_MS;
        while (status(client, tableName) != TableStatus.ACTIVE) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("table " + tableName + " not ACTIVE after " + ACTIVE_TIMEOUT_MS + " ms");
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table " + tableName, e);
            }
        }
    }

    private static TableStatus status(DynamoDbClient client, String tableName) {
        try {
            return client.describeTable(b -> b.tableName(tableName)).table().tableStatus();
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    private static AttributeDefinition stringAttribute(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static GlobalSecondaryIndex index(String name, String partitionKey, List<String> extra) {
        List<String> projected = new ArrayList<>(SUMMARY_ATTRIBUTES);
        projected.addAll(extra);
        return GlobalSecondaryIndex.builder()
                .indexName(name)
                .keySchema(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(LIST_SK).keyType(KeyType.RANGE).build())
                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE)
                        .nonKeyAttributes(projected).build())
                .build();
    }
}

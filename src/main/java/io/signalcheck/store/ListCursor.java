package io.signalcheck.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The store's continuation for a list: the index and partition it was read from, and the key of the last item
 * returned (what DynamoDB's LastEvaluatedKey holds for that index), as base64url JSON. The API signs it; the
 * store still checks it belongs to the query it is given.
 */
record ListCursor(String index, String partition, String key, String listSk) {
    private static final ObjectMapper JSON = new ObjectMapper();

    String encode() {
        ObjectNode node = JSON.createObjectNode().put("i", index).put("p", partition).put("k", key).put("s", listSk);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the text is not a cursor of this store */
    static ListCursor decode(String cursor) {
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            ListCursor c = new ListCursor(text(node, "i"), text(node, "p"), text(node, "k"), text(node, "s"));
            if (c.index() == null || c.partition() == null || c.key() == null || c.listSk() == null) {
                throw new IllegalArgumentException("invalid cursor");
            }
            return c;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid cursor", e);
        }
    }

    /** The ExclusiveStartKey for a query on {@code partitionAttribute} of {@link #index()}. */
    Map<String, AttributeValue> startKey(String partitionAttribute) {
        Map<String, AttributeValue> k = new HashMap<>();
        k.put(ScoresTable.PK, AttributeValue.fromS(key));
        k.put(partitionAttribute, AttributeValue.fromS(partition));
        k.put(ScoresTable.LIST_SK, AttributeValue.fromS(listSk));
        return k;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }
}

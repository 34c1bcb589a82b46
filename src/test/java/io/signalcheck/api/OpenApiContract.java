package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * docs/openapi.yaml, loaded for tests: its operations and parameters, and a check that a real handler response
 * is one the document describes (status listed for the operation, headers, body valid against the schema).
 */
final class OpenApiContract {
    static final Path DOCUMENT = Path.of("docs", "openapi.yaml");
    private static final String IRI = "https://signalcheck.io/docs/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document;
    private static SchemaRegistry registry;
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApiContract() {}

    static synchronized JsonNode document() {
        if (document == null) {
            try {
                document = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String json = document.toString();
            registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(), b -> b.schemas(Map.of(IRI, json)));
        }
        return document;
    }

    /** "GET /scores/{key}" for every operation in the document. */
    static Set<String> operations() {
        Set<String> out = new LinkedHashSet<>();
        document().path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (List.of("get", "put", "post", "delete", "patch", "head", "options", "trace").contains(op.getKey())) {
                out.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return out;
    }

    static JsonNode operation(Route route) {
        JsonNode op = document().path("paths").path(route.openApiPath()).path(route.method().toLowerCase());
        assertTrue(op.isObject(), "openapi.yaml has no operation " + route.method() + " " + route.openApiPath());
        return op;
    }

    static List<JsonNode> parameters(Route route, String in) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : operation(route).path("parameters")) {
            JsonNode resolved = resolve(p);
            if (in.equals(resolved.path("in").asText())) {
                out.add(resolved);
            }
        }
        return out;
    }

    /** Follows a local {@code $ref} ("#/components/..."). */
    static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            assertTrue(ref.startsWith("#/"), "only local references are used: " + ref);
            current = document().at(ref.substring(1));
            assertTrue(current.isObject(), "dangling reference " + ref);
        }
        return current;
    }

    /**
     * Fails unless the response is one the document describes for this route (or, with route null, a 404/405
     * for a path or method the API does not serve).
     */
    static void assertConforms(Route route, APIGatewayV2HTTPResponse response) {
        Map<String, String> headers = response.getHeaders();
        assertNotNull(headers, "response without headers");
        assertEquals("application/json; charset=utf-8", headers.get("content-type"));
        String requestId = headers.get("x-request-id");
        assertTrue(requestId != null && !requestId.isBlank(), "x-request-id header missing");
        String status = Integer.toString(response.getStatusCode());
        JsonNode responseObject;
        if (route == null) {
            String name = switch (response.getStatusCode()) {
                case 404 -> "NotFound";
                case 405 -> "MethodNotAllowed";
                default -> throw new AssertionError("a response outside every operation must be 404 or 405, got " + status);
            };
            responseObject = document().path("components").path("responses").path(name);
        } else {
            JsonNode responses = operation(route).path("responses");
            assertTrue(responses.has(status), route.method() + " " + route.openApiPath() + " answered " + status
                    + ", which openapi.yaml does not list (" + names(responses) + ")");
            responseObject = resolve(responses.get(status));
        }
        for (Iterator<String> it = responseObject.path("headers").fieldNames(); it.hasNext(); ) {
            String name = it.next();
            assertNotNull(headerIgnoringCase(headers, name), "documented header " + name + " missing on " + status);
        }
        JsonNode schemaRef = responseObject.path("content").path("application/json").path("schema").path("$ref");
        assertTrue(schemaRef.isTextual(), "response " + status + " has no application/json schema reference");
        JsonNode body;
        try {
            body = JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError("response body is not JSON: " + response.getBody(), e);
        }
        List<Error> errors = schema(schemaRef.asText()).validate(body);
        if (!errors.isEmpty()) {
            fail("response " + status + " violates " + schemaRef.asText() + ": " + errors + "\n" + response.getBody());
        }
        if (response.getStatusCode() >= 400) {
            assertEquals(requestId, body.path("error").path("requestId").asText(), "error body and header disagree");
        }
    }

    private static Schema schema(String ref) {
        document();
        return SCHEMAS.computeIfAbsent(ref, r -> registry.getSchema(SchemaLocation.of(IRI + r)));
    }

    private static String headerIgnoringCase(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}

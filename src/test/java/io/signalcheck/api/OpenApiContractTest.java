package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.signalcheck.signals.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps docs/openapi.yaml true to the handler: routes, parameters and their limits, error codes, responses. */
class OpenApiContractTest {

    @Test
    void documentedOperationsAreExactlyTheHandlersRoutes() {
        Set<String> routes = Arrays.stream(Route.values()).map(r -> r.method() + " " + r.openApiPath())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(routes, new TreeSet<>(OpenApiContract.operations()));
    }

    @Test
    void documentedQueryParametersAreExactlyTheAcceptedOnes() {
        for (Route route : Route.values()) {
            Set<String> documented = OpenApiContract.parameters(route, "query").stream()
                    .map(p -> p.path("name").asText()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(route.queryParameters()), documented, route.toString());
        }
    }

    @Test
    void pathParametersMatchTheTemplates() {
        for (Route route : Route.values()) {
            List<String> inTemplate = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(route.openApiPath());
            while (m.find()) {
                inTemplate.add(m.group(1));
            }
            List<JsonNode> documented = OpenApiContract.parameters(route, "path");
            assertEquals(inTemplate, documented.stream().map(p -> p.path("name").asText()).toList(), route.toString());
            documented.forEach(p -> assertTrue(p.path("required").asBoolean(), "path parameters are required"));
        }
    }

    @Test
    void parameterConstraintsMatchTheValidation() {
        Map<String, JsonNode> schema = new HashMap<>();
        OpenApiContract.parameters(Route.LIST_SCORES, "query").forEach(p -> schema.put(p.path("name").asText(), p.path("schema")));
        assertEquals(ListRequest.LANGUAGES, strings(schema.get("language").path("enum")));
        assertEquals(ListRequest.SIGNALS, strings(schema.get("signal").path("enum")));
        assertEquals(Arrays.stream(Signal.values()).map(Signal::id).toList(), ListRequest.SIGNALS);
        assertEquals(1, schema.get("limit").path("minimum").asInt());
        assertEquals(ListRequest.MAX_LIMIT, schema.get("limit").path("maximum").asInt());
        assertEquals(ListRequest.DEFAULT_LIMIT, schema.get("limit").path("default").asInt());
        assertEquals("integer", schema.get("limit").path("type").asText());
        assertEquals(0, schema.get("minScore").path("minimum").asDouble());
        assertEquals(1, schema.get("minScore").path("maximum").asDouble());
        assertEquals(ListRequest.MAX_TOKEN_LENGTH, schema.get("nextToken").path("maxLength").asInt());
    }

    @Test
    void requestBodyMediaTypesAreTheAcceptedOnes() {
        List<String> documented = new ArrayList<>();
        OpenApiContract.operation(Route.SCORE_BODY).path("requestBody").path("content").fieldNames()
                .forEachRemaining(documented::add);
        assertEquals(new TreeSet<>(BodyDecoder.MEDIA_TYPES), new TreeSet<>(documented));
    }

    @Test
    void errorCodesAreExactlyTheOnesTheCodeProduces() throws IOException {
        Set<String> inCode = new TreeSet<>();
        Pattern call = Pattern.compile("(?:badRequest|notFound)\\(\\s*\"([a-z_]+)\"|new ApiError\\(\\d+, \"([a-z_]+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/signalcheck/api"))) {
            for (Path f : files.toList()) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    inCode.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertTrue(inCode.size() >= 10, "error codes not found in the sources: " + inCode);
        JsonNode codeEnum = OpenApiContract.document().at("/components/schemas/Error/properties/error/properties/code/enum");
        assertEquals(inCode, new TreeSet<>(strings(codeEnum)));
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(OpenApiContract.document(), refs);
        assertTrue(refs.size() > 20);
        refs.forEach(ref -> assertTrue(OpenApiContract.document().at(ref.substring(1)).isObject(), "dangling " + ref));
    }

    @Test
    void theCheckRejectsResponsesTheDocumentDoesNotDescribe() {
        APIGatewayV2HTTPResponse extraField = response(200, "{\"items\":[],\"count\":0,\"nextToken\":null,\"total\":5}");
        assertThrows(AssertionError.class, () -> OpenApiContract.assertConforms(Route.LIST_SCORES, extraField));
        APIGatewayV2HTTPResponse undocumentedStatus = response(413,
                "{\"error\":{\"code\":\"payload_too_large\",\"message\":\"m\",\"requestId\":\"r\"}}");
        assertThrows(AssertionError.class, () -> OpenApiContract.assertConforms(Route.LIST_SCORES, undocumentedStatus));
        APIGatewayV2HTTPResponse unknownCode = response(400, "{\"error\":{\"code\":\"oops\",\"message\":\"m\",\"requestId\":\"r\"}}");
        assertThrows(AssertionError.class, () -> OpenApiContract.assertConforms(Route.LIST_SCORES, unknownCode));
        OpenApiContract.assertConforms(Route.LIST_SCORES, response(200, "{\"items\":[],\"count\":0,\"nextToken\":null}"));
    }

    /** Each status the document lists for an operation is one the real handler gives, and validates. */
    @Test
    void everyDocumentedStatusIsProducedByTheHandler() {
        ApiFixture fixture = new ApiFixture();
        fixture.put("doc/exemple été.txt", "fr", 0.7, Set.of(Signal.AI_GENERATED_MEDIA), Instant.parse("2026-11-02T08:00:00Z"));
        ScoresApiHandler broken = new ScoresApiHandler(new FailingStore(), null, ApiFixture.KEY, 1024);
        Map<Route, Map<Integer, APIGatewayV2HTTPEvent>> cases = Map.of(
                Route.LIST_SCORES, Map.of(
                        200, HttpEvents.get("/scores", "language=fr"),
                        400, HttpEvents.get("/scores", "limit=0"),
                        500, HttpEvents.get("/scores", null)),
                Route.GET_SCORE, Map.of(
                        200, HttpEvents.get("/scores/doc/exemple%20%C3%A9t%C3%A9.txt", null),
                        400, HttpEvents.get("/scores/doc/x.txt", "x=1"),
                        404, HttpEvents.get("/scores/doc/absent.txt", null),
                        500, HttpEvents.get("/scores/doc/x.txt", null)),
                Route.SCORE_BODY, Map.of(
                        200, HttpEvents.post("/score", "text/plain", "Un texte court sur des comptes fictifs.", false),
                        400, HttpEvents.post("/score", "text/plain", "", false),
                        413, HttpEvents.post("/score", "text/plain", "x".repeat(70_000), false),
                        415, HttpEvents.post("/score", "text/csv", "a,b", false),
                        500, HttpEvents.post("/score", "text/plain", "texte", false)));
        for (Route route : Route.values()) {
            Set<Integer> documented = new LinkedHashSet<>();
            OpenApiContract.operation(route).path("responses").fieldNames().forEachRemaining(s -> documented.add(Integer.parseInt(s)));
            assertEquals(new TreeSet<>(documented), new TreeSet<>(cases.get(route).keySet()), route + " statuses");
            cases.get(route).forEach((status, event) -> {
                ScoresApiHandler handler = status == 500 ? broken : fixture.handler;
                APIGatewayV2HTTPResponse r = ApiFixture.call(handler, route, event);
                assertEquals(status.intValue(), r.getStatusCode(), route + " " + status + ": " + r.getBody());
            });
        }
    }

    private static APIGatewayV2HTTPResponse response(int status, String body) {
        APIGatewayV2HTTPResponse r = new APIGatewayV2HTTPResponse();
        r.setStatusCode(status);
        r.setHeaders(Map.of("content-type", ApiResponses.CONTENT_TYPE, "x-request-id", "r"));
        r.setBody(body);
        return r;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void collectRefs(JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    out.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, out));
        }
    }
}

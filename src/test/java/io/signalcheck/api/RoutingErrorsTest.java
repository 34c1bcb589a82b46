package io.signalcheck.api;

import static io.signalcheck.api.ApiFixture.errorCode;
import static io.signalcheck.api.ApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalcheck.local.ManagedProcess;
import io.signalcheck.store.DynamoScoreStore;
import io.signalcheck.testing.LocalServers;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Unknown routes, wrong methods, and an unreachable table: JSON errors with request ids, no internals. */
class RoutingErrorsTest {
    private static final ApiFixture FIXTURE = new ApiFixture();

    @Test
    void unknownRoutesAre404() {
        for (String path : List.of("/", "/score/extra", "/scores/", "/admin", "/scoresx")) {
            APIGatewayV2HTTPResponse r = FIXTURE.call(null, HttpEvents.get(path, null));
            assertEquals(404, r.getStatusCode(), path);
            assertEquals("route_not_found", errorCode(r), path);
        }
        // the route is decided before the query is read
        assertEquals(404, FIXTURE.call(null, HttpEvents.get("/admin", "x=%ZZ&x=1")).getStatusCode());
    }

    @Test
    void wrongMethodsAre405WithAllow() {
        record Case(String method, String path, String allow) {}
        for (Case c : List.of(new Case("POST", "/scores", "GET"), new Case("DELETE", "/scores/a.txt", "GET"),
                new Case("GET", "/score", "POST"), new Case("PUT", "/score", "POST"), new Case("OPTIONS", "/scores", "GET"))) {
            APIGatewayV2HTTPResponse r = FIXTURE.call(null, HttpEvents.event(c.method(), c.path(), null,
                    Map.of("content-type", "text/plain"), "x", false));
            assertEquals(405, r.getStatusCode(), c.toString());
            assertEquals("method_not_allowed", errorCode(r));
            assertEquals(c.allow(), r.getHeaders().get("allow"), c.toString());
        }
    }

    @Test
    void unreachableTableIs500WithAGenericMessageAndALogLine() throws Exception {
        DynamoDbClient dead = DynamoDbClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + ManagedProcess.freePort()))
                .region(Region.US_EAST_1)
                .credentialsProvider(LocalServers.credentials())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // the failure is the point: no retries with backoff
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
        ScoresApiHandler handler = new ScoresApiHandler(new DynamoScoreStore(dead, FIXTURE.table), ApiFixture.SCORER,
                ApiFixture.KEY, 1024);
        CapturingContext context = new CapturingContext();
        for (Route route : List.of(Route.LIST_SCORES, Route.GET_SCORE)) {
            APIGatewayV2HTTPEvent event = HttpEvents.get(route == Route.LIST_SCORES ? "/scores" : "/scores/a.txt", null);
            APIGatewayV2HTTPResponse r = handler.handleRequest(event, context);
            OpenApiContract.assertConforms(route, r);
            assertEquals(500, r.getStatusCode());
            assertEquals("internal_error", errorCode(r));
            String body = r.getBody();
            assertFalse(body.contains("Exception") || body.contains("software.amazon") || body.contains("127.0.0.1")
                    || body.contains("io.signalcheck") || body.contains("\tat "), body);
        }
        assertEquals(2, context.lines.size(), "one log line per failed request");
        JsonNode line = new ObjectMapper().readTree(context.lines.get(0));
        assertEquals("ERROR", line.path("level").asText());
        assertTrue(line.path("requestId").asText().startsWith("test-"));
        assertTrue(line.path("exception").asText().startsWith("software.amazon.awssdk"), line.toString());
        assertFalse(context.lines.get(0).contains("\n"), "a log entry is one line");
    }

    @Test
    void errorBodiesCarryTheRequestId() {
        APIGatewayV2HTTPEvent event = HttpEvents.get("/nowhere", null);
        event.getRequestContext().setRequestId("abc-123");
        APIGatewayV2HTTPResponse r = FIXTURE.call(null, event);
        assertEquals("abc-123", r.getHeaders().get("x-request-id"));
        assertEquals("abc-123", json(r).path("error").path("requestId").asText());
    }

    @Test
    void eventWithoutRequestContextStillRoutes() {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRouteKey("GET /scores");
        event.setRawPath("/scores");
        APIGatewayV2HTTPResponse r = FIXTURE.call(Route.LIST_SCORES, event);
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertTrue(r.getHeaders().get("x-request-id").length() >= 32);
    }
}

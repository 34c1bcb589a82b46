package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Whatever escapes the API handler, an Error included, is answered with the API's JSON 500, never a dropped connection. */
class LocalApiServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    /** Fails the way it is told on the first call, answers 200 afterwards. */
    private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> failingOnce(Supplier<Object> failure) {
        boolean[] failed = {false};
        return (event, context) -> {
            if (!failed[0]) {
                failed[0] = true;
                failure.get();
            }
            APIGatewayV2HTTPResponse ok = new APIGatewayV2HTTPResponse();
            ok.setStatusCode(200);
            ok.setHeaders(Map.of("content-type", "application/json"));
            ok.setBody("{\"ok\":true}");
            return ok;
        };
    }

    private void assertJson500ThenServesAgain(Supplier<Object> failure, String internalDetail) throws Exception {
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (LocalApiServer server = new LocalApiServer(0, failingOnce(failure),
                new PrintStream(logged, true, StandardCharsets.UTF_8))) {
            HttpRequest get = HttpRequest.newBuilder(URI.create(server.endpoint() + "/scores"))
                    .timeout(Duration.ofSeconds(20)).build();
            HttpResponse<String> res = http.send(get, HttpResponse.BodyHandlers.ofString());
            assertEquals(500, res.statusCode(), res.body());
            assertTrue(res.headers().firstValue("content-type").orElse("").startsWith("application/json"));
            JsonNode error = JSON.readTree(res.body()).path("error");
            assertEquals("internal_error", error.path("code").asText());
            assertFalse(error.path("message").asText().isBlank());
            String requestId = error.path("requestId").asText();
            assertFalse(requestId.isBlank());
            assertEquals(requestId, res.headers().firstValue("apigw-requestid").orElse(""));
            assertFalse(res.body().contains(internalDetail), "no internals in the reply: " + res.body());
            assertFalse(res.body().contains("java."), "no class names in the reply: " + res.body());
            String log = logged.toString(StandardCharsets.UTF_8);
            assertTrue(log.contains(requestId) && log.contains(internalDetail), "the log keeps the details: " + log);

            HttpResponse<String> next = http.send(get, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, next.statusCode(), "the server keeps serving");
        }
    }

    @Test
    void aStackOverflowInTheHandlerGetsAJson500() throws Exception {
        assertJson500ThenServesAgain(() -> recurse(0), "StackOverflowError");
    }

    @Test
    void aRuntimeExceptionInTheHandlerGetsAJson500() throws Exception {
        assertJson500ThenServesAgain(() -> {
            throw new IllegalStateException("table handle closed at DynamoScoreStore.java:88");
        }, "DynamoScoreStore.java:88");
    }

    @Test
    void anOutOfMemoryErrorIsAnsweredBeforeItGoesOn() throws Exception {
        assertJson500ThenServesAgain(() -> {
            throw new OutOfMemoryError("simulated: heap of the test handler");
        }, "simulated: heap of the test handler");
    }
}

package io.signalcheck.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP requests become the HTTP API 2.0 events API Gateway would send, and responses go back unchanged. */
class HttpApiEventMapperTest {
    private static final Instant NOW = Instant.parse("2026-11-29T18:15:02.123Z");
    private final HttpApiEventMapper mapper = new HttpApiEventMapper("local");

    private static HttpApiRequest get(String rawPath, String rawQuery, Map<String, List<String>> headers) {
        return new HttpApiRequest("GET", rawPath, rawQuery, headers, new byte[0], "127.0.0.1", "127.0.0.1:3000");
    }

    @Test
    void keyRouteDecodesTheGreedyPathParameterButKeepsTheRawPath() {
        String raw = "/scores/dossiers/%C3%89lections%20r%C3%A9gionales+2026.txt";
        APIGatewayV2HTTPEvent e = mapper.toEvent(get(raw, null, Map.of()), "req-1", NOW);
        assertEquals("GET /scores/{key+}", e.getRouteKey());
        assertEquals("GET /scores/{key+}", e.getRequestContext().getRouteKey());
        assertEquals(raw, e.getRawPath());
        assertEquals(Map.of("key", "dossiers/Élections régionales+2026.txt"), e.getPathParameters());
        assertEquals("GET", e.getRequestContext().getHttp().getMethod());
        assertEquals(raw, e.getRequestContext().getHttp().getPath());
        assertEquals("req-1", e.getRequestContext().getRequestId());
        assertEquals("29/Nov/2026:18:15:02 +0000", e.getRequestContext().getTime());
        assertEquals(NOW.toEpochMilli(), e.getRequestContext().getTimeEpoch());
        assertEquals("2.0", e.getVersion());
        assertEquals("", e.getRawQueryString());
        assertNull(e.getQueryStringParameters());
        assertNull(e.getBody());
        assertFalse(e.getIsBase64Encoded());
    }

    @Test
    void listRouteHasDecodedQueryWithRepeatsJoinedByCommas() {
        APIGatewayV2HTTPEvent e = mapper.toEvent(get("/scores", "language=fr&signal=a&signal=b&since=2026-11-01T00%3A00%3A00Z&q=a+b", Map.of()),
                "r", NOW);
        assertEquals("GET /scores", e.getRouteKey());
        assertNull(e.getPathParameters());
        assertEquals("language=fr&signal=a&signal=b&since=2026-11-01T00%3A00%3A00Z&q=a+b", e.getRawQueryString());
        assertEquals("fr", e.getQueryStringParameters().get("language"));
        assertEquals("a,b", e.getQueryStringParameters().get("signal"));
        assertEquals("2026-11-01T00:00:00Z", e.getQueryStringParameters().get("since"));
        assertEquals("a b", e.getQueryStringParameters().get("q"));
    }

    @Test
    void headersAreLowerCasedJoinedAndCookiesSplitOff() {
        Map<String, List<String>> h = new LinkedHashMap<>();
        h.put("X-Trace", List.of("one", "two"));
        h.put("User-Agent", List.of("curl/8.0"));
        h.put("Cookie", List.of("a=1; b=2"));
        APIGatewayV2HTTPEvent e = mapper.toEvent(get("/scores", "", h), "r", NOW);
        assertEquals("one,two", e.getHeaders().get("x-trace"));
        assertEquals("curl/8.0", e.getHeaders().get("user-agent"));
        assertEquals("curl/8.0", e.getRequestContext().getHttp().getUserAgent());
        assertFalse(e.getHeaders().containsKey("cookie"));
        assertEquals(List.of("a=1", "b=2"), e.getCookies());
    }

    @Test
    void textBodiesTravelAsTextBinaryOnesAsBase64() {
        byte[] text = "Des comptes inauthentiques ont relayé l'article.".getBytes(StandardCharsets.UTF_8);
        APIGatewayV2HTTPEvent t = mapper.toEvent(new HttpApiRequest("POST", "/score", null,
                Map.of("Content-Type", List.of("text/plain; charset=utf-8")), text, "127.0.0.1", null), "r", NOW);
        assertEquals("POST /score", t.getRouteKey());
        assertFalse(t.getIsBase64Encoded());
        assertEquals(new String(text, StandardCharsets.UTF_8), t.getBody());

        byte[] pdf = {'%', 'P', 'D', 'F', '-', 1, 2, (byte) 0xFF, 0};
        APIGatewayV2HTTPEvent b = mapper.toEvent(new HttpApiRequest("POST", "/score", null,
                Map.of("Content-Type", List.of("application/pdf")), pdf, "127.0.0.1", null), "r", NOW);
        assertTrue(b.getIsBase64Encoded());
        assertArrayEquals(pdf, Base64.getDecoder().decode(b.getBody()));

        byte[] badUtf8 = {'o', 'k', (byte) 0xC3};
        APIGatewayV2HTTPEvent n = mapper.toEvent(new HttpApiRequest("POST", "/score", null,
                Map.of("Content-Type", List.of("text/plain")), badUtf8, "127.0.0.1", null), "r", NOW);
        assertTrue(n.getIsBase64Encoded(), "text that is not valid UTF-8 is passed byte for byte");
    }

    @Test
    void unknownRoutesAndWrongMethodsGoToTheHandlerAsDefault() {
        assertEquals("$default", mapper.toEvent(get("/nothing", null, Map.of()), "r", NOW).getRouteKey());
        assertEquals("$default", mapper.toEvent(new HttpApiRequest("DELETE", "/scores/a", null, Map.of(), new byte[0],
                "127.0.0.1", null), "r", NOW).getRouteKey());
        assertEquals("$default", mapper.toEvent(get("/scores/", null, Map.of()), "r", NOW).getRouteKey());
    }

    @Test
    void malformedPercentEncodingInThePathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> mapper.toEvent(get("/scores/%E9%", null, Map.of()), "r", NOW));
    }

    @Test
    void theEventSerialisesWithTheFieldNamesLambdaExpects() throws Exception {
        APIGatewayV2HTTPEvent e = mapper.toEvent(new HttpApiRequest("POST", "/score", "x=1",
                Map.of("Content-Type", List.of("application/octet-stream")), new byte[] {1, 2}, "127.0.0.1", null), "r", NOW);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, getClass().getClassLoader()).toJson(e, out);
        JsonNode j = new ObjectMapper().readTree(out.toByteArray());
        assertEquals("/score", j.get("rawPath").asText());
        assertEquals("x=1", j.get("rawQueryString").asText());
        assertTrue(j.get("isBase64Encoded").asBoolean());
        assertEquals("POST", j.at("/requestContext/http/method").asText());
        assertEquals("r", j.at("/requestContext/requestId").asText());
        assertEquals("1", j.at("/queryStringParameters/x").asText());
    }

    @Test
    void responsesKeepStatusHeadersAndDecodeBase64Bodies() {
        APIGatewayV2HTTPResponse r = APIGatewayV2HTTPResponse.builder().withStatusCode(404)
                .withHeaders(Map.of("Content-Type", "application/json", "X-Request-Id", "abc"))
                .withMultiValueHeaders(Map.of("Vary", List.of("accept", "origin")))
                .withCookies(List.of("s=1"))
                .withBody("{\"error\":{\"code\":\"not_found\"}}").build();
        HttpApiReply reply = mapper.toReply(r, "req-9");
        assertEquals(404, reply.status());
        assertEquals(List.of("application/json"), reply.headers().get("content-type"));
        assertEquals(List.of("abc"), reply.headers().get("x-request-id"));
        assertEquals(List.of("accept", "origin"), reply.headers().get("vary"));
        assertEquals(List.of("s=1"), reply.headers().get("set-cookie"));
        assertEquals(List.of("req-9"), reply.headers().get("apigw-requestid"));
        assertEquals("{\"error\":{\"code\":\"not_found\"}}", new String(reply.body(), StandardCharsets.UTF_8));

        byte[] bin = {0, 1, (byte) 0xFE};
        HttpApiReply b = mapper.toReply(APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("content-type", "application/octet-stream"))
                .withBody(Base64.getEncoder().encodeToString(bin)).withIsBase64Encoded(true).build(), "r");
        assertArrayEquals(bin, b.body());

        assertEquals(200, mapper.toReply(APIGatewayV2HTTPResponse.builder().build(), "r").status(),
                "no status code means 200, as API Gateway assumes");
    }
}

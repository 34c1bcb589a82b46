package io.signalcheck.api;

import static io.signalcheck.api.ApiFixture.errorCode;
import static io.signalcheck.api.ApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signalcheck.report.ReportJson;
import io.signalcheck.report.ScoreReport;
import io.signalcheck.signals.Signal;
import io.signalcheck.store.ObjectMeta;
import io.signalcheck.store.StoredScore;
import io.signalcheck.testing.ReportSchema;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /scores/{key+} against dynalite: the stored report, keys of every shape, 404s. */
class GetScoreRouteTest {
    private static final List<String> KEYS = List.of("plain.txt", "fr/2026/élection présidentielle.html",
            "notes/a b+c.txt", "日本語/記事 1.txt", "100% fake.txt", "deep/er/and/deeper/x.json");
    private static ApiFixture fixture;
    private static StoredScore stored;

    @BeforeAll
    static void fill() {
        fixture = new ApiFixture();
        Instant at = Instant.parse("2026-11-02T08:00:00Z");
        for (String key : KEYS) {
            StoredScore s = fixture.put(key, "fr", 0.72, Set.of(Signal.INAUTHENTIC_ACCOUNTS), at);
            if (key.equals("fr/2026/élection présidentielle.html")) {
                stored = s;
            }
            at = at.plusSeconds(60);
        }
        ScoreReport rejected = ApiFixture.SCORER.rejectedReport("s3://articles/bad.bin", "binary",
                "the input contains NUL bytes: it is binary, not text");
        fixture.store.putScore(new StoredScore(new ObjectMeta("articles", "bad.bin", "\"e\"", 10, "v1", "00000000000000AA"),
                rejected.status(), at, rejected.rulesVersion(), false, rejected));
        fixture.put("gone.txt", "en", 0.1, Set.of(), at);
        fixture.delete("gone.txt", at.plusSeconds(5));
    }

    /** The key as a client sends it: percent-encoded UTF-8, slashes kept. */
    static String encoded(String key) {
        StringBuilder out = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/+".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    @Test
    void returnsTheReportObjectAndScoredAt() throws Exception {
        APIGatewayV2HTTPResponse r = fixture.call(Route.GET_SCORE,
                HttpEvents.get("/scores/" + encoded("fr/2026/élection présidentielle.html"), null));
        assertEquals(200, r.getStatusCode(), r.getBody());
        JsonNode body = json(r);
        assertEquals("articles", body.path("object").path("bucket").asText());
        assertEquals("fr/2026/élection présidentielle.html", body.path("object").path("key").asText());
        assertEquals(stored.object().sequencer(), body.path("object").path("sequencer").asText());
        assertEquals(stored.object().etag(), body.path("object").path("etag").asText());
        assertEquals(stored.object().size(), body.path("object").path("size").asLong());
        assertTrue(body.path("object").path("versionId").isNull());
        assertEquals("2026-11-02T08:01:00Z", body.path("scoredAt").asText());
        assertEquals("scored", body.path("status").asText());
        // the rest is exactly the report, in the CLI's JSON
        ObjectNode report = ((ObjectNode) body.deepCopy());
        report.remove(List.of("object", "scoredAt"));
        ReportSchema.assertValid(report.toString());
        assertEquals(new ObjectMapper().readTree(ReportJson.toJson(stored.report())), report);
        assertTrue(body.path("indicators").path("inauthentic_accounts").path("detected").asBoolean());
    }

    @Test
    void everyKeyShapeIsFoundEncodedOrAsApiGatewayDecodesIt() {
        for (String key : KEYS) {
            APIGatewayV2HTTPResponse viaRawPath = fixture.call(Route.GET_SCORE, HttpEvents.get("/scores/" + encoded(key), null));
            assertEquals(200, viaRawPath.getStatusCode(), key + ": " + viaRawPath.getBody());
            assertEquals(key, json(viaRawPath).path("object").path("key").asText());
            // API Gateway HTTP APIs pass rawPath and the {key+} parameter already decoded
            APIGatewayV2HTTPEvent decoded = HttpEvents.get("/scores/" + key, null);
            decoded.setRouteKey("GET /scores/{key+}");
            decoded.setPathParameters(Map.of("key", key));
            APIGatewayV2HTTPResponse viaParameter = fixture.call(Route.GET_SCORE, decoded);
            assertEquals(200, viaParameter.getStatusCode(), key + ": " + viaParameter.getBody());
            assertEquals(key, json(viaParameter).path("object").path("key").asText());
        }
    }

    @Test
    void namedStagePrefixIsIgnored() {
        APIGatewayV2HTTPEvent event = HttpEvents.get("/prod/scores/plain.txt", null);
        event.getRequestContext().setStage("prod");
        assertEquals(200, fixture.call(Route.GET_SCORE, event).getStatusCode());
    }

    @Test
    void rejectedObjectIsServedWithItsReason() {
        APIGatewayV2HTTPResponse r = fixture.call(Route.GET_SCORE, HttpEvents.get("/scores/bad.bin", null));
        assertEquals(200, r.getStatusCode(), r.getBody());
        JsonNode body = json(r);
        assertEquals("rejected", body.path("status").asText());
        assertEquals("binary", body.path("error").path("code").asText());
        assertEquals("v1", body.path("object").path("versionId").asText());
    }

    @Test
    void unknownKeyIs404NotFound() {
        APIGatewayV2HTTPResponse r = fixture.call(Route.GET_SCORE, HttpEvents.get("/scores/nothing%20here.txt", null));
        assertEquals(404, r.getStatusCode());
        assertEquals("not_found", errorCode(r));
        assertTrue(json(r).path("error").path("message").asText().contains("nothing here.txt"));
        // a key differing only in case is another key
        assertEquals(404, fixture.call(Route.GET_SCORE, HttpEvents.get("/scores/PLAIN.txt", null)).getStatusCode());
    }

    @Test
    void deletedKeyIs404Deleted() {
        APIGatewayV2HTTPResponse r = fixture.call(Route.GET_SCORE, HttpEvents.get("/scores/gone.txt", null));
        assertEquals(404, r.getStatusCode());
        assertEquals("deleted", errorCode(r));
    }

    @Test
    void queryParametersAreRefused() {
        APIGatewayV2HTTPResponse r = fixture.call(Route.GET_SCORE, HttpEvents.get("/scores/plain.txt", "limit=3"));
        assertEquals(400, r.getStatusCode());
        assertEquals("unknown_parameter", errorCode(r));
    }

    @Test
    void requestIdComesFromApiGateway() {
        APIGatewayV2HTTPEvent event = HttpEvents.get("/scores/plain.txt", null);
        event.getRequestContext().setRequestId("Kx1aAhbqjoEEMhQ=");
        assertEquals("Kx1aAhbqjoEEMhQ=", fixture.call(Route.GET_SCORE, event).getHeaders().get("x-request-id"));
        event.getRequestContext().setRequestId(null);
        String generated = fixture.call(Route.GET_SCORE, event).getHeaders().get("x-request-id");
        assertTrue(generated.matches("[0-9a-f-]{36}"), generated);
    }
}

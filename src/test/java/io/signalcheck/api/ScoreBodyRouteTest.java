package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signalcheck.ArticleScorer;
import io.signalcheck.report.ReportJson;
import io.signalcheck.store.ObjectMeta;
import io.signalcheck.store.ScorePage;
import io.signalcheck.store.ScoreQuery;
import io.signalcheck.store.ScoreStore;
import io.signalcheck.store.StoredScore;
import io.signalcheck.store.WriteOutcome;
import io.signalcheck.testing.ReportSchema;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** POST /score: scored synchronously, never stored, with its content-type, size and encoding rules. */
class ScoreBodyRouteTest {
    private static final ArticleScorer SCORER = new ArticleScorer();
    private static final byte[] KEY = "an-api-test-key-of-32-characters".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Les enquêteurs ont relevé des comptes fictifs se faisant passer pour des "
            + "électeurs, selon deux personnes proches du dossier. L'agence n'a vu aucun signe d'une nouvelle opération.";

    /** POST /score must not read or write scores: any use of the store fails the test. */
    private static final ScoreStore NO_STORE = new ScoreStore() {
        @Override
        public WriteOutcome putScore(StoredScore score) {
            throw new AssertionError("POST /score wrote to the store");
        }

        @Override
        public WriteOutcome markDeleted(ObjectMeta object, Instant at) {
            throw new AssertionError("POST /score wrote to the store");
        }

        @Override
        public Optional<StoredScore> get(String key) {
            throw new AssertionError("POST /score read the store");
        }

        @Override
        public ScorePage list(ScoreQuery query) {
            throw new AssertionError("POST /score read the store");
        }
    };

    private final ScoresApiHandler handler = new ScoresApiHandler(NO_STORE, SCORER, KEY, 4096);

    private APIGatewayV2HTTPResponse call(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        OpenApiContract.assertConforms(Route.SCORE_BODY, response);
        return response;
    }

    private static JsonNode body(APIGatewayV2HTTPResponse response) throws IOException {
        return JSON.readTree(response.getBody());
    }

    @Test
    void plainTextIsScoredLikeTheCli() throws IOException {
        APIGatewayV2HTTPResponse r = call(HttpEvents.post("/score", "text/plain; charset=utf-8", ARTICLE, false));
        assertEquals(200, r.getStatusCode());
        ReportSchema.assertValid(r.getBody());
        String cli = ReportJson.toJson(SCORER.score(ARTICLE.getBytes(StandardCharsets.UTF_8), ScoresApiHandler.POSTED_INPUT));
        assertEquals(JSON.readTree(cli), body(r), "the API report is the CLI report of the same bytes");
        assertEquals("api:request", body(r).path("input").asText());
    }

    @Test
    void base64BodyIsDecodedWithItsCharset() throws IOException {
        byte[] latin1 = ARTICLE.getBytes(Charset.forName("ISO-8859-1"));
        APIGatewayV2HTTPResponse r = call(HttpEvents.post("/score", "text/plain; charset=ISO-8859-1",
                Base64.getEncoder().encodeToString(latin1), true));
        assertEquals(200, r.getStatusCode());
        APIGatewayV2HTTPResponse plain = call(HttpEvents.post("/score", "text/plain", ARTICLE, false));
        assertEquals(body(plain), body(r), "same text, same report, whatever the transfer encoding");
    }

    @Test
    void htmlAndJsonArticlesAreAccepted() throws IOException {
        String html = "<html><head><title>Comptes fictifs</title></head><body><p>" + ARTICLE + "</p></body></html>";
        APIGatewayV2HTTPResponse r = call(HttpEvents.post("/score", "text/html", html, false));
        assertEquals(200, r.getStatusCode());
        ReportJson.fromJson(r.getBody());
        String json = JSON.writeValueAsString(java.util.Map.of("title", "Comptes fictifs", "text", ARTICLE));
        APIGatewayV2HTTPResponse j = call(HttpEvents.post("/score", "application/json", json, false));
        assertEquals(200, j.getStatusCode());
        ReportSchema.assertValid(j.getBody());
    }

    @Test
    void oversizedBodyIs413() throws IOException {
        APIGatewayV2HTTPResponse r = call(HttpEvents.post("/score", "text/plain", "a".repeat(4097), false));
        assertEquals(413, r.getStatusCode());
        assertEquals("payload_too_large", body(r).path("error").path("code").asText());
        APIGatewayV2HTTPResponse b = call(HttpEvents.post("/score", "application/octet-stream",
                Base64.getEncoder().encodeToString(new byte[5000]), true));
        assertEquals(413, b.getStatusCode());
        assertEquals(200, call(HttpEvents.post("/score", "text/plain", "word ".repeat(819), false)).getStatusCode());
    }

    @Test
    void wrongContentTypeIs415() throws IOException {
        for (String ct : new String[] {"application/x-www-form-urlencoded", "image/png", null}) {
            APIGatewayV2HTTPResponse r = call(HttpEvents.post("/score", ct, ARTICLE, false));
            assertEquals(415, r.getStatusCode(), String.valueOf(ct));
            assertEquals("unsupported_media_type", body(r).path("error").path("code").asText());
        }
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        APIGatewayV2HTTPEvent event = HttpEvents.event("POST", "/score", null,
                java.util.Map.of("Content-Type", "text/plain"), ARTICLE, false);
        assertEquals(200, call(event).getStatusCode());
    }

    @Test
    void badBodiesAre400WithoutInternals() throws IOException {
        APIGatewayV2HTTPResponse empty = call(HttpEvents.post("/score", "text/plain", "", false));
        assertEquals(400, empty.getStatusCode());
        assertEquals("empty_body", body(empty).path("error").path("code").asText());
        APIGatewayV2HTTPResponse notB64 = call(HttpEvents.post("/score", "text/plain", "***", true));
        assertEquals("invalid_body", body(notB64).path("error").path("code").asText());
        APIGatewayV2HTTPResponse notPdf = call(HttpEvents.post("/score", "application/pdf", ARTICLE, false));
        assertEquals("content_type_mismatch", body(notPdf).path("error").path("code").asText());
        for (APIGatewayV2HTTPResponse r : new APIGatewayV2HTTPResponse[] {empty, notB64, notPdf}) {
            assertFalse(r.getBody().contains("Exception") || r.getBody().contains("io.signalcheck"), r.getBody());
        }
    }

    @Test
    void binaryBodyIsAnsweredWithTheEnginesReportNotAnError() throws IOException {
        // whether these bytes are rejected is the extractor's call; the API must pass them through unchanged
        // and answer 200 with that report (status rejected and its error for binary input), never a 4xx/5xx
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0x21, 0, 0, 0};
        APIGatewayV2HTTPResponse r = call(HttpEvents.post("/score", "application/octet-stream",
                Base64.getEncoder().encodeToString(zip), true));
        assertEquals(200, r.getStatusCode());
        ReportSchema.assertValid(r.getBody());
        assertEquals(JSON.readTree(ReportJson.toJson(SCORER.score(zip, ScoresApiHandler.POSTED_INPUT))), body(r));
    }
}

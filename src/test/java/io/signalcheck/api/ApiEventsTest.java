package io.signalcheck.api;

import static io.signalcheck.api.ApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.signalcheck.signals.Signal;
import io.signalcheck.testing.ReportSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample events in events/api-*.json, read with the Lambda runtime's own deserialisation, run on dynalite. */
class ApiEventsTest {
    private static ApiFixture fixture;

    @BeforeAll
    static void fill() {
        fixture = new ApiFixture();
        fixture.put("reports/2026/élection présidentielle.html", "fr", 0.81,
                Set.of(Signal.AI_GENERATED_MEDIA, Signal.INAUTHENTIC_ACCOUNTS), Instant.parse("2026-11-02T09:00:00Z"));
        fixture.put("reports/2026/autre article.txt", "fr", 0.45, Set.of(), Instant.parse("2026-11-01T10:00:00Z"));
        fixture.put("reports/2026/ancien.txt", "fr", 0.9, Set.of(), Instant.parse("2026-10-30T10:00:00Z"));
        fixture.put("reports/2026/faible.txt", "fr", 0.2, Set.of(), Instant.parse("2026-11-02T07:00:00Z"));
        fixture.put("reports/2026/english.txt", "en", 0.9, Set.of(), Instant.parse("2026-11-02T08:00:00Z"));
    }

    private static APIGatewayV2HTTPEvent load(String name) {
        return EventLoader.loadApiGatewayHttpEvent("events/" + name);
    }

    @Test
    void getScoreEventReadsTheUnicodeKey() {
        APIGatewayV2HTTPEvent event = load("api-get-score.json");
        APIGatewayV2HTTPResponse r = fixture.call(Route.GET_SCORE, event);
        assertEquals(200, r.getStatusCode(), r.getBody());
        assertEquals("reports/2026/élection présidentielle.html", json(r).path("object").path("key").asText());
        assertEquals(event.getRequestContext().getRequestId(), r.getHeaders().get("x-request-id"));
    }

    @Test
    void listScoresEventAppliesItsFilters() {
        APIGatewayV2HTTPResponse r = fixture.call(Route.LIST_SCORES, load("api-list-scores.json"));
        assertEquals(200, r.getStatusCode(), r.getBody());
        List<String> keys = new ArrayList<>();
        json(r).path("items").forEach(i -> keys.add(i.path("key").asText()));
        assertEquals(List.of("reports/2026/élection présidentielle.html", "reports/2026/autre article.txt"), keys);
    }

    @Test
    void postScoreEventScoresItsBase64Body() {
        APIGatewayV2HTTPResponse r = fixture.call(Route.SCORE_BODY, load("api-post-score.json"));
        assertEquals(200, r.getStatusCode(), r.getBody());
        ReportSchema.assertValid(r.getBody());
        JsonNode report = json(r);
        assertEquals("scored", report.path("status").asText());
        assertTrue(report.path("wordCount").asInt() > 30);
    }

    @Test
    void everyApiEventIsCoveredHere() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("api-")).sorted().toList();
            assertEquals(List.of("api-get-score.json", "api-list-scores.json", "api-post-score.json"), names);
        }
    }
}

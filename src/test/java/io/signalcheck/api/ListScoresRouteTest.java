package io.signalcheck.api;

import static io.signalcheck.api.ApiFixture.errorCode;
import static io.signalcheck.api.ApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.signalcheck.signals.Signal;
import io.signalcheck.store.StoredScore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /scores against dynalite: newest first, filters, pagination across many pages, token and parameter errors. */
class ListScoresRouteTest {
    private static final Instant BASE = Instant.parse("2026-11-01T23:40:00Z");
    private static final List<String> LANGS = List.of("fr", "en", "de", "es", "und");
    private static ApiFixture fixture;
    private static final List<StoredScore> LISTED = new ArrayList<>();

    @BeforeAll
    static void fill() {
        fixture = new ApiFixture();
        for (int i = 0; i < 57; i++) {
            String key = i % 7 == 0 ? "batch/été " + i + ".html" : "batch/item-" + i + ".txt";
            Set<Signal> detected = EnumSet.noneOf(Signal.class);
            if (i % 3 == 0) {
                detected.add(Signal.HACK_AND_LEAK);
            }
            if (i % 4 == 0) {
                detected.add(Signal.ELECTION_TARGETING);
            }
            // pairs of items share a scoredAt: ties must not lose or repeat items across pages
            Instant at = BASE.plusSeconds(60L * (i / 2));
            LISTED.add(fixture.put(key, LANGS.get(i % 5), (i * 37 % 100) / 100.0, detected, at));
        }
        fixture.put("batch/removed.txt", "fr", 0.9, EnumSet.of(Signal.HACK_AND_LEAK), BASE.plusSeconds(3600));
        fixture.delete("batch/removed.txt", BASE.plusSeconds(3700));
    }

    private static APIGatewayV2HTTPResponse list(String query) {
        return fixture.call(Route.LIST_SCORES, HttpEvents.get("/scores", query));
    }

    private static String enc(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** Follows nextToken to the end; returns the keys in order and checks every page. */
    private static List<JsonNode> listAll(String filters, int limit, int minPages) {
        List<JsonNode> items = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String q = (filters.isEmpty() ? "" : filters + "&") + "limit=" + limit
                    + (token == null ? "" : "&nextToken=" + enc(token));
            APIGatewayV2HTTPResponse r = list(q);
            assertEquals(200, r.getStatusCode(), r.getBody());
            JsonNode body = json(r);
            assertTrue(body.path("items").size() <= limit, "page larger than limit");
            assertEquals(body.path("items").size(), body.path("count").asInt());
            body.path("items").forEach(items::add);
            token = body.path("nextToken").isNull() ? null : body.path("nextToken").asText();
            pages++;
            assertTrue(pages < 100, "pagination does not end");
        } while (token != null);
        assertTrue(pages >= minPages, "expected at least " + minPages + " pages, got " + pages);
        return items;
    }

    private static void assertSameAsExpected(List<JsonNode> items, Predicate<StoredScore> filter) {
        List<String> keys = items.stream().map(i -> i.path("key").asText()).toList();
        assertEquals(keys.size(), new HashSet<>(keys).size(), "an item was repeated: " + keys);
        Set<String> expected = new HashSet<>();
        LISTED.stream().filter(filter).forEach(s -> expected.add(s.object().key()));
        assertEquals(expected, new HashSet<>(keys), "items lost or added");
        List<Instant> times = items.stream().map(i -> Instant.parse(i.path("scoredAt").asText())).toList();
        List<Instant> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, times, "not newest first");
    }

    @Test
    void everythingNewestFirstOverManyPages() {
        List<JsonNode> items = listAll("", 10, 6);
        assertEquals(57, items.size());
        assertSameAsExpected(items, s -> true);
        assertFalse(items.stream().anyMatch(i -> i.path("key").asText().equals("batch/removed.txt")), "deleted key listed");
    }

    @Test
    void pageSizeOfOneWalksEveryItem() {
        assertSameAsExpected(listAll("language=de", 1, 11), s -> s.report().language().equals("de"));
    }

    @Test
    void filterByLanguage() {
        List<JsonNode> items = listAll("language=fr", 3, 3);
        assertSameAsExpected(items, s -> s.report().language().equals("fr"));
        items.forEach(i -> assertEquals("fr", i.path("language").asText()));
    }

    @Test
    void filterBySignalAndMinScore() {
        List<JsonNode> items = listAll("signal=hack_and_leak&minScore=0.5", 2, 3);
        assertSameAsExpected(items, s -> s.report().indicators().get("hack_and_leak").detected()
                && s.report().overall().score() >= 0.5);
        items.forEach(i -> assertTrue(i.path("overall").path("score").asDouble() >= 0.5));
    }

    @Test
    void filterBySignalAndLanguage() {
        assertSameAsExpected(listAll("signal=election_targeting&language=en", 1, 2),
                s -> s.report().indicators().get("election_targeting").detected() && s.report().language().equals("en"));
    }

    @Test
    void filterSinceInstantAndDate() {
        Instant since = BASE.plusSeconds(60 * 20);
        assertSameAsExpected(listAll("since=" + enc(since.toString()), 4, 3), s -> !s.scoredAt().isBefore(since));
        Instant midnight = Instant.parse("2026-11-02T00:00:00Z");
        assertSameAsExpected(listAll("since=2026-11-02", 5, 3), s -> !s.scoredAt().isBefore(midnight));
        assertSameAsExpected(listAll("since=" + enc("2026-11-02T01:00:00+01:00") + "&minScore=0.3", 3, 2),
                s -> !s.scoredAt().isBefore(midnight) && s.report().overall().score() >= 0.3);
    }

    @Test
    void summariesCarryWhatTheStoreHolds() {
        JsonNode first = json(list("limit=1")).path("items").get(0);
        StoredScore newest = LISTED.stream().max(Comparator.comparing(StoredScore::scoredAt)
                .thenComparing(s -> s.object().key())).orElseThrow();
        assertEquals(newest.object().key(), first.path("key").asText());
        assertEquals("scored", first.path("status").asText());
        assertEquals(newest.report().language(), first.path("language").asText());
        assertEquals(newest.report().overall().score(), first.path("overall").path("score").asDouble(), 1e-9);
        assertEquals(newest.report().overall().level(), first.path("overall").path("level").asText());
        Set<String> detected = new HashSet<>();
        first.path("detectedSignals").forEach(n -> detected.add(n.asText()));
        Set<String> expected = new HashSet<>();
        newest.report().indicators().forEach((id, ind) -> {
            if (ind.detected()) {
                expected.add(id);
            }
        });
        assertEquals(expected, detected);
        assertEquals("mixed", first.path("attributionLevel").asText());
    }

    @Test
    void defaultAndMaximumLimits() {
        JsonNode page = json(list(""));
        assertEquals(20, page.path("items").size());
        assertTrue(page.path("nextToken").isTextual());
        JsonNode all = json(list("limit=100"));
        assertEquals(57, all.path("items").size());
        assertTrue(all.path("nextToken").isNull());
    }

    @Test
    void tamperedTokenIs400() {
        String token = json(list("limit=5")).path("nextToken").asText();
        char last = token.charAt(token.length() / 2);
        String altered = token.substring(0, token.length() / 2) + (last == 'x' ? 'y' : 'x') + token.substring(token.length() / 2 + 1);
        APIGatewayV2HTTPResponse r = list("limit=5&nextToken=" + enc(altered));
        assertEquals(400, r.getStatusCode());
        assertEquals("invalid_token", errorCode(r));
        assertEquals("invalid_token", errorCode(list("nextToken=not-a-token")));
        assertEquals("invalid_token", errorCode(list("nextToken=" + "A".repeat(3000))));
    }

    @Test
    void tokenSignedWithAnotherKeyIs400() {
        ScoresApiHandler other = new ScoresApiHandler(fixture.store, ApiFixture.SCORER,
                "another-key-another-key-another-".getBytes(StandardCharsets.UTF_8), 1024);
        String foreign = json(ApiFixture.call(other, Route.LIST_SCORES, HttpEvents.get("/scores", "limit=5")))
                .path("nextToken").asText();
        assertEquals("invalid_token", errorCode(list("limit=5&nextToken=" + enc(foreign))));
    }

    @Test
    void expiredTokenIs400() {
        Instant issued = Instant.now();
        String token = json(ApiFixture.call(fixture.handlerAt(issued), Route.LIST_SCORES,
                HttpEvents.get("/scores", "limit=5"))).path("nextToken").asText();
        APIGatewayV2HTTPResponse stillValid = ApiFixture.call(fixture.handlerAt(issued.plus(Duration.ofMinutes(59))),
                Route.LIST_SCORES, HttpEvents.get("/scores", "limit=5&nextToken=" + enc(token)));
        assertEquals(200, stillValid.getStatusCode());
        APIGatewayV2HTTPResponse r = ApiFixture.call(fixture.handlerAt(issued.plus(Duration.ofMinutes(61))),
                Route.LIST_SCORES, HttpEvents.get("/scores", "limit=5&nextToken=" + enc(token)));
        assertEquals(400, r.getStatusCode());
        assertEquals("expired_token", errorCode(r));
    }

    @Test
    void tokenReusedWithOtherFiltersIs400() {
        String token = json(list("language=fr&limit=2")).path("nextToken").asText();
        assertEquals("token_mismatch", errorCode(list("language=en&limit=2&nextToken=" + enc(token))));
        assertEquals("token_mismatch", errorCode(list("limit=2&nextToken=" + enc(token))));
        assertEquals("token_mismatch", errorCode(list("language=fr&minScore=0.1&limit=2&nextToken=" + enc(token))));
        // the page size may change between pages
        assertEquals(200, list("language=fr&limit=7&nextToken=" + enc(token)).getStatusCode());
    }

    @Test
    void badParametersAre400() {
        for (String q : List.of("limit=0", "limit=101", "limit=abc", "minScore=2", "minScore=-1", "signal=deepfakes",
                "signal=attribution", "language=xx", "since=last-week", "since=2026-02-30")) {
            APIGatewayV2HTTPResponse r = list(q);
            assertEquals(400, r.getStatusCode(), q);
            assertEquals("invalid_parameter", errorCode(r), q);
        }
        assertEquals("unknown_parameter", errorCode(list("lang=fr")));
        assertEquals("invalid_parameter", errorCode(list("limit=5&limit=6")));
    }

    @Test
    void aTokenReadTwiceGivesTheSamePage() {
        JsonNode first = json(list("limit=4"));
        String token = first.path("nextToken").asText();
        JsonNode second = json(list("limit=4&nextToken=" + enc(token))).path("items");
        assertEquals(second, json(list("limit=4&nextToken=" + enc(token))).path("items"));
        assertNotEquals(first.path("items"), second);
    }
}

package io.signalcheck.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListRequestTest {
    private static ListRequest parse(String query) {
        return ListRequest.from(QueryParameters.of(query, null));
    }

    @Test
    void defaults() {
        ListRequest r = parse("");
        assertEquals(20, r.limit());
        assertEquals(new ListFilters(null, null, null, null), r.filters());
        assertNull(r.nextToken());
    }

    @Test
    void validValues() {
        ListRequest r = parse("language=de&signal=hack_and_leak&minScore=0.35&since=2026-11-02&limit=100");
        assertEquals(new ListFilters("de", "hack_and_leak", 0.35, Instant.parse("2026-11-02T00:00:00Z")), r.filters());
        assertEquals(100, r.limit());
        assertEquals(Instant.parse("2026-11-02T07:00:00Z"),
                parse("since=2026-11-02T08:00:00%2B01:00").filters().since());
        assertEquals(Instant.parse("2026-11-02T08:00:00Z"), parse("since=2026-11-02T08:00:00Z").filters().since());
        assertEquals(1.0, parse("minScore=1").filters().minScore());
        assertEquals(0.0, parse("minScore=0").filters().minScore());
        assertEquals(1, parse("limit=1").limit());
    }

    @Test
    void badValuesAre400InvalidParameter() {
        for (String q : List.of("limit=0", "limit=101", "limit=abc", "limit=-1", "limit=", "limit=1.5",
                "minScore=2", "minScore=-0.1", "minScore=abc", "minScore=NaN", "minScore=1.01",
                "signal=bots", "signal=attribution", "language=it", "language=FR",
                "since=yesterday", "since=2026-13-01", "since=2026-11-02T08:00:00 01:00")) {
            ApiError e = assertThrows(ApiError.class, () -> parse(q), q);
            assertEquals(400, e.status(), q);
            assertEquals("invalid_parameter", e.code(), q);
        }
    }

    @Test
    void equalNumbersGiveEqualCanonicalFilters() {
        assertEquals(parse("minScore=0.5").filters().canonical(), parse("minScore=0.50").filters().canonical());
    }
}
